// One snapshot file: a header, the manifest it stands for, and the payload
// (snapshot/codec.hpp).
//
//   magic "netadmin" | byte-order mark | format | manifest size |
//   payload size | content hash of manifest and payload | manifest | payload
//
// A file is read only when all of it checks out: the magic, this machine's
// byte order, this format, sizes that add up to the file's, the hash, the
// very manifest asked for, and a payload that decodes. On disk it must also
// be a regular file (not a link) owned by the user and writable by no one
// else: a snapshot someone else could have written is not believed.
#pragma once

#include "load/registry_loader.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::snapshot {

std::string snapshot_bytes(std::string_view manifest, std::string_view payload);

// The registry a snapshot's bytes hold, or nullopt for anything else.
std::optional<load::LoadResult> read_snapshot_bytes(std::string_view file, std::string_view manifest);

// The file mapped into memory and read as above; nullopt when it is missing,
// not the user's, writable by others, or fails any check.
std::optional<load::LoadResult> read_snapshot(const std::filesystem::path& path, std::string_view manifest);

}  // namespace netadmin::snapshot
