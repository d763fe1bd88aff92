// What a snapshot stands for: the program that wrote it and every byte it
// was made from. The manifest lists netadmin's version and build, the
// registry folder and the reference folder as given, and for each file the
// loader reads (registry files in the loader's order, then the reference
// data) its path, size and content hash. Any change to any of them (a byte,
// a file added, removed or renamed, a new netadmin) gives another manifest,
// so another key; modification times are never trusted.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::snapshot {

struct Manifest {
    std::string bytes;              // stored in the snapshot and compared in full
    std::uint64_t key = 0;          // the hash of `bytes`: names the snapshot
    std::uint64_t registry_id = 0;  // the folders alone: groups one registry's snapshots
};

// nullopt when a file cannot be read as the loader would read it (the
// loader then reports why, and no snapshot is used or written).
// `program` identifies the running netadmin (program_identity()).
std::optional<Manifest> manifest_of(const std::filesystem::path& registry_dir,
                                    const std::filesystem::path& reference_dir, std::string_view program);

// netadmin's version and the build id the linker put in the executable
// (its size and modification time when there is none): two builds of one
// version never share a snapshot.
std::string program_identity(std::string_view version);

}  // namespace netadmin::snapshot
