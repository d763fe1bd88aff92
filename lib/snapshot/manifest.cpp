#include "snapshot/manifest.hpp"

#include "load/diagnostic.hpp"
#include "load/registry_loader.hpp"
#include "snapshot/content_hash.hpp"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace netadmin::snapshot {
namespace {

namespace fs = std::filesystem;

// The names of the reference files the loader reads (load/reference_loader.cpp).
constexpr std::string_view kReferenceFiles[] = {"counties.csv", "municipalities.csv"};

void put_text(std::string& out, std::string_view text) {
    out += std::to_string(text.size());
    out += ':';
    out += text;
    out += '\n';
}

// The file's digest; nullopt when it is not a regular file of at most the
// loader's size limit, or cannot be read whole. Opened without blocking
// and checked before reading: a FIFO named *.toml must not hang the
// command (the loader reports it). `buffer` is reused from file to file.
std::optional<FileDigest> read_digest(const fs::path& path, std::string& buffer) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::nullopt;
    struct stat info {};
    bool ok = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
              static_cast<std::uint64_t>(info.st_size) <= load::kMaxFileBytes;
    std::size_t size = 0;
    if (ok) {
        buffer.resize(static_cast<std::size_t>(info.st_size));
        while (size < buffer.size()) {
            const auto n = ::read(fd, buffer.data() + size, buffer.size() - size);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            size += static_cast<std::size_t>(n);
        }
        // A file that grew or shrank while read is being written: its
        // snapshot would stand for neither version.
        char extra = 0;
        ok = size == buffer.size() && ::read(fd, &extra, 1) == 0;
    }
    ::close(fd);
    if (!ok) return std::nullopt;
    return digest_of(path.string(), std::string_view(buffer.data(), size));
}

// The GNU build id of the main program, from its program headers.
int find_build_id(dl_phdr_info* info, std::size_t /*size*/, void* data) {
    auto* out = static_cast<std::string*>(data);
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const auto& header = info->dlpi_phdr[i];
        if (header.p_type != PT_NOTE) continue;
        // The loader gives the segment as an address: there is no pointer to start from.
        const auto* p = reinterpret_cast<const unsigned char*>(  // NOLINT(performance-no-int-to-ptr)
            info->dlpi_addr + header.p_vaddr);
        const auto* const end = p + header.p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note{};
            std::memcpy(&note, p, sizeof note);
            const auto* name = p + sizeof note;
            const auto* desc = name + ((note.n_namesz + 3U) & ~3U);
            const auto* next = desc + ((note.n_descsz + 3U) & ~3U);
            if (next > end) break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                out->assign(reinterpret_cast<const char*>(desc), note.n_descsz);
                return 1;
            }
            p = next;
        }
    }
    return 1;  // only the first object: the program itself
}

}  // namespace

std::string program_identity(std::string_view version) {
    std::string build_id;
    ::dl_iterate_phdr(find_build_id, &build_id);
    std::string identity = "netadmin " + std::string(version) + '\n';
    if (!build_id.empty()) {
        static constexpr char kHex[] = "0123456789abcdef";
        for (const auto byte : build_id) {
            identity += kHex[static_cast<unsigned char>(byte) >> 4];
            identity += kHex[static_cast<unsigned char>(byte) & 15];
        }
        return identity;
    }
    struct stat info {};
    if (::stat("/proc/self/exe", &info) == 0) {
        identity += std::to_string(info.st_size) + ' ' + std::to_string(info.st_mtim.tv_sec) + '.' +
                    std::to_string(info.st_mtim.tv_nsec) + ' ' + std::to_string(info.st_ino);
    }
    return identity;
}

FileDigest digest_of(std::string path, std::string_view content) {
    return FileDigest{std::move(path), content.size(), content_hash(content)};
}

Manifest make_manifest(const ManifestParts& parts) {
    Manifest manifest;
    auto& out = manifest.bytes;
    put_text(out, parts.program);
    put_text(out, parts.registry_dir.string());
    put_text(out, parts.reference_dir.string());
    for (const auto* files : {&parts.reference, &parts.registry}) {
        out += std::to_string(files->size()) + " files\n";
        for (const auto& file : *files) {
            put_text(out, file.path);
            out += std::to_string(file.size) + ' ' + std::to_string(file.hash) + '\n';
        }
    }
    manifest.key = content_hash(out);
    manifest.registry_id = registry_id_of(parts.registry_dir, parts.reference_dir);
    return manifest;
}

std::uint64_t registry_id_of(const fs::path& registry_dir, const fs::path& reference_dir) {
    return HashBuilder().add(registry_dir.string()).add(reference_dir.string()).value();
}

std::optional<std::vector<FileDigest>> reference_digests(const fs::path& reference_dir) {
    std::vector<FileDigest> out;
    std::string buffer;
    for (const auto name : kReferenceFiles) {
        auto digest = read_digest(reference_dir / name, buffer);
        if (!digest) return std::nullopt;
        out.push_back(std::move(*digest));
    }
    return out;
}

std::optional<Manifest> manifest_of(const fs::path& registry_dir, const fs::path& reference_dir,
                                    std::string_view program) {
    std::error_code ec;
    if (!fs::is_directory(registry_dir, ec)) return std::nullopt;
    load::Diagnostics listing;
    const auto files = load::registry_files(registry_dir, listing);
    if (!listing.items().empty() || files.empty()) return std::nullopt;
    auto reference = reference_digests(reference_dir);
    if (!reference) return std::nullopt;
    ManifestParts parts{program, registry_dir, reference_dir, std::move(*reference), {}};
    parts.registry.reserve(files.size());
    std::string buffer;
    for (const auto& file : files) {
        auto digest = read_digest(file, buffer);
        if (!digest) return std::nullopt;
        parts.registry.push_back(std::move(*digest));
    }
    return make_manifest(parts);
}

}  // namespace netadmin::snapshot
