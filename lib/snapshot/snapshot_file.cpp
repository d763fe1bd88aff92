#include "snapshot/snapshot_file.hpp"

#include "snapshot/codec.hpp"
#include "snapshot/content_hash.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>

namespace netadmin::snapshot {
namespace {

constexpr char kMagic[8] = {'n', 'e', 't', 'a', 'd', 'm', 'i', 'n'};
constexpr std::uint32_t kByteOrderMark = 0x01020304;
// Raised whenever the layout of the header or of the payload changes in a
// way the program identity would not show (it always changes with a build).
constexpr std::uint32_t kFormat = 1;

struct Header {
    char magic[8];
    std::uint32_t byte_order;
    std::uint32_t format;
    std::uint64_t manifest_size;
    std::uint64_t payload_size;
    std::uint64_t hash;
};
static_assert(sizeof(Header) == 40);

std::uint64_t hash_of(std::string_view manifest, std::string_view payload) {
    return HashBuilder().add(manifest).add(payload).value();
}

// Closes a descriptor and unmaps a mapping on every way out.
struct Mapped {
    int fd = -1;
    void* data = MAP_FAILED;
    std::size_t size = 0;
    ~Mapped() {
        if (data != MAP_FAILED) ::munmap(data, size);
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::string snapshot_bytes(std::string_view manifest, std::string_view payload) {
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.byte_order = kByteOrderMark;
    header.format = kFormat;
    header.manifest_size = manifest.size();
    header.payload_size = payload.size();
    header.hash = hash_of(manifest, payload);
    std::string out;
    out.reserve(sizeof header + manifest.size() + payload.size());
    out.append(reinterpret_cast<const char*>(&header), sizeof header);
    out.append(manifest);
    out.append(payload);
    return out;
}

std::optional<load::LoadResult> read_snapshot_bytes(std::string_view file, std::string_view manifest) {
    Header header{};
    if (file.size() < sizeof header) return std::nullopt;
    std::memcpy(&header, file.data(), sizeof header);
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0) return std::nullopt;
    if (header.byte_order != kByteOrderMark || header.format != kFormat) return std::nullopt;
    const auto body = file.substr(sizeof header);
    if (header.manifest_size > body.size() || header.payload_size != body.size() - header.manifest_size)
        return std::nullopt;
    const auto stored_manifest = body.substr(0, header.manifest_size);
    const auto payload = body.substr(header.manifest_size);
    if (stored_manifest != manifest) return std::nullopt;
    if (hash_of(stored_manifest, payload) != header.hash) return std::nullopt;
    return decode(payload);
}

std::optional<load::LoadResult> read_snapshot(const std::filesystem::path& path, std::string_view manifest) {
    Mapped file;
    file.fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (file.fd < 0) return std::nullopt;
    struct stat info {};
    if (::fstat(file.fd, &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    if (info.st_uid != ::geteuid() || (info.st_mode & (S_IWGRP | S_IWOTH)) != 0) return std::nullopt;
    if (info.st_size < static_cast<off_t>(sizeof(Header))) return std::nullopt;
    file.size = static_cast<std::size_t>(info.st_size);
    file.data = ::mmap(nullptr, file.size, PROT_READ, MAP_PRIVATE, file.fd, 0);
    if (file.data == MAP_FAILED) return std::nullopt;
    return read_snapshot_bytes(std::string_view(static_cast<const char*>(file.data), file.size), manifest);
}

}  // namespace netadmin::snapshot
