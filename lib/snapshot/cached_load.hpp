// Loading a registry through the snapshot cache: the one entry point the
// commands use. With the cache on, the files are hashed (snapshot/manifest.hpp);
// a valid snapshot of exactly those bytes is mapped instead of parsing, and
// after a load without errors a new one is written for the next command.
// The result is the result of load::load_registry in every case: same
// registry, same diagnostics, same order.
#pragma once

#include "load/registry_loader.hpp"
#include "snapshot/cache_folder.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace netadmin::snapshot {

struct CacheSettings {
    std::filesystem::path folder;  // empty: the cache is off
    std::string program;           // program_identity()
};

enum class CacheOutcome {
    off,          // no folder given
    unusable,     // the folder is not the user's alone, or a file cannot be read
    hit,          // a snapshot was read
    written,      // parsed, and a snapshot written
    not_written,  // parsed; errors, files changed meanwhile, or the write failed
};

load::LoadResult load_registry_cached(const std::filesystem::path& registry_dir,
                                      const std::filesystem::path& reference_dir, load::LoadOptions options,
                                      const CacheSettings& cache, CacheOutcome* outcome = nullptr);

// What `netadmin cache status` says.
struct CacheStatus {
    FolderState folder = FolderState::missing;
    std::size_t snapshots = 0;
    std::uint64_t bytes = 0;
    // The registry's own snapshot: nullopt when its files cannot be hashed.
    std::optional<bool> registry_has_snapshot;
    std::string snapshot_name;
};
CacheStatus cache_status(const std::filesystem::path& registry_dir, const std::filesystem::path& reference_dir,
                         const CacheSettings& cache);

}  // namespace netadmin::snapshot
