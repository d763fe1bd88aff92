// The cache folder ($XDG_CACHE_HOME/netadmin, chosen by the caller) and its
// bounds. Snapshots are named "<registry>-<key>.snap" (snapshot/manifest.hpp):
// at most kPerRegistry are kept for one registry and kTotal (and
// kTotalBytes) in all, the
// least recently used removed first, so the folder stays bounded however
// often a registry changes.
#pragma once

#include "snapshot/manifest.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace netadmin::snapshot {

inline constexpr std::size_t kPerRegistry = 3;
inline constexpr std::size_t kTotal = 32;
// Registries have no size limit, so neither have snapshots: beyond this
// many bytes in all, the least recently used go too (the newest stays).
inline constexpr std::uint64_t kTotalBytes = 4ULL << 30;

enum class FolderState {
    usable,
    missing,  // and not created (create = false)
    cannot_create,
    not_a_directory,  // or a symbolic link
    not_owned,        // by the user running netadmin
    open_to_others,   // writable by group or others
};

// Creates the folder (and missing parents) with mode 0700 when `create`;
// says whether snapshots may be read from and written to it.
FolderState prepare_folder(const std::filesystem::path& folder, bool create);

std::string snapshot_name(const Manifest& manifest);

// Marks a snapshot as just used (its modification time), for pruning.
void touch(const std::filesystem::path& snapshot);

// Removes the least recently used snapshots beyond the bounds, and
// temporary files an interrupted write left more than an hour ago.
void prune(const std::filesystem::path& folder, std::uint64_t registry_id);

struct FolderContents {
    std::size_t snapshots = 0;
    std::uint64_t bytes = 0;
};
FolderContents contents(const std::filesystem::path& folder);

// Removes every snapshot and temporary file; returns how many snapshots.
std::size_t clear(const std::filesystem::path& folder);

// Removes every snapshot and temporary file, of any registry, whose bytes
// hold `text` (compared without ASCII case); returns how many snapshots.
// For an erasure: strings are stored in a snapshot as they are
// (snapshot/codec.hpp), so an address it does not hold as bytes it does
// not hold at all. A file that cannot be read is removed too.
std::size_t remove_holding(const std::filesystem::path& folder, std::string_view text);

// Removes every snapshot of one registry; returns how many. After an edit
// they are stale, and may hold what the edit took away.
std::size_t remove_registry(const std::filesystem::path& folder, std::uint64_t registry_id);

}  // namespace netadmin::snapshot
