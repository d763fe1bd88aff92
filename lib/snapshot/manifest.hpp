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
#include <vector>

namespace netadmin::snapshot {

struct Manifest {
    std::string bytes;              // stored in the snapshot and compared in full
    std::uint64_t key = 0;          // the hash of `bytes`: names the snapshot
    std::uint64_t registry_id = 0;  // the folders alone: groups one registry's snapshots
};

// One file as the manifest lists it.
struct FileDigest {
    std::string path;  // as the loader names it
    std::uint64_t size = 0;
    std::uint64_t hash = 0;
};
FileDigest digest_of(std::string path, std::string_view content);

// What the key is made of, in the order given: registry files in the
// loader's order, reference files by name.
struct ManifestParts {
    std::string_view program;  // program_identity()
    std::filesystem::path registry_dir;
    std::filesystem::path reference_dir;
    std::vector<FileDigest> reference;
    std::vector<FileDigest> registry;
};
Manifest make_manifest(const ManifestParts& parts);

// The registry_id of the registry and reference folders, as given.
std::uint64_t registry_id_of(const std::filesystem::path& registry_dir, const std::filesystem::path& reference_dir);

// The reference files the loader reads, digested; nullopt when one cannot
// be read as a regular file.
std::optional<std::vector<FileDigest>> reference_digests(const std::filesystem::path& reference_dir);

// The manifest of the files as they are now: nullopt when one cannot be
// read as the loader would read it (the loader then reports why, and no
// snapshot is used or written). Never blocks on a FIFO or a device.
std::optional<Manifest> manifest_of(const std::filesystem::path& registry_dir,
                                    const std::filesystem::path& reference_dir, std::string_view program);

// netadmin's version and the build id the linker put in the executable
// (its size and modification time when there is none): two builds of one
// version never share a snapshot.
std::string program_identity(std::string_view version);

}  // namespace netadmin::snapshot
