// The state database as a file: where it lives by default, creating it with
// private permissions, and recognising a file that is not netadmin's (or is
// damaged) from its bytes alone, before SQLite is allowed to touch it.
#pragma once

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

// Creates the missing parent folders (mode 0700) and the file itself (mode
// 0600, empty) unless it exists; tightens an existing file's mode to 0600.
// Returns a message for people on failure.
std::optional<std::string> ensure_private_file(const std::filesystem::path& path);

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
