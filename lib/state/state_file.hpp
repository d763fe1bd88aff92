// The state database as a file: where it lives by default, creating it with
// private permissions, and recognising a file that is not netadmin's (or is
// damaged) from its bytes alone, before SQLite is allowed to touch it.
#pragma once

#include "state/state_error.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace netadmin::state {

// PRAGMA application_id of netadmin state databases: "NADM".
inline constexpr std::int32_t kApplicationId = 0x4E41444D;

// $XDG_STATE_HOME/netadmin/state.db, else $HOME/.local/state/netadmin/state.db.
// Takes the variables' values (nullptr when unset) so it stays pure; empty
// path when neither is set.
std::filesystem::path default_state_path(const char* xdg_state_home, const char* home);

// True when something is at `path`, false when nothing is; a problem when
// it cannot be told (a folder on the way is not searchable).
catalog::Result<bool> state_file_exists(const std::filesystem::path& path);

// A problem unless this user may read the file.
catalog::Status check_readable(const std::filesystem::path& path);

// Creates the missing parent folders (mode 0700) and the file itself (mode
// 0600, empty) unless it exists; takes group and other permissions off an
// existing file (never adds any). True when this call created the file. Modes are set with
// chmod, not left to the umask: under umask 0277 a folder of 0500 would
// keep the file from ever being written.
catalog::Result<bool> ensure_private_file(const std::filesystem::path& path);

// Why this user cannot write an existing database, if it cannot: the file
// itself, or its folder, where SQLite keeps its -wal and -shm files. Checked
// before SQLite opens it, which would otherwise quietly fall back to reading
// and fail at the first write, or litter the folder.
catalog::Status check_writable(const std::filesystem::path& path);

// True when this user could write both the file and its folder.
bool writable(const std::filesystem::path& path);

// True when the database's -wal file holds changes not yet in the file.
bool wal_has_content(const std::filesystem::path& path);

// What the first bytes say about an existing file.
enum class HeaderVerdict {
    empty,       // zero bytes: a new database
    ours,        // SQLite, netadmin's application id
    unclaimed,   // SQLite with application id 0: new, or another program's (look inside)
    foreign,     // SQLite with another application id
    not_sqlite,  // not an SQLite database at all
    truncated,   // SQLite header promises more pages than the file has
};

HeaderVerdict inspect_header(const std::filesystem::path& path);

}  // namespace netadmin::state
