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

// Appends the file's size and content hash; false when it is not a regular
// file of at most the loader's size limit, or cannot be read. `buffer` is
// reused from file to file.
bool put_file(std::string& out, const fs::path& path, std::string& buffer) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
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
    if (!ok) return false;
    put_text(out, path.string());
    out += std::to_string(size) + ' ' + std::to_string(content_hash(std::string_view(buffer.data(), size))) + '\n';
    return true;
}

// The GNU build id of the main program, from its program headers.
int find_build_id(dl_phdr_info* info, std::size_t /*size*/, void* data) {
    auto* out = static_cast<std::string*>(data);
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const auto& header = info->dlpi_phdr[i];
        if (header.p_type != PT_NOTE) continue;
        const auto* p = reinterpret_cast<const unsigned char*>(info->dlpi_addr + header.p_vaddr);
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

std::optional<Manifest> manifest_of(const fs::path& registry_dir, const fs::path& reference_dir,
                                    std::string_view program) {
    std::error_code ec;
    if (!fs::is_directory(registry_dir, ec)) return std::nullopt;
    load::Diagnostics listing;
    const auto files = load::registry_files(registry_dir, listing);
    if (!listing.items().empty() || files.empty()) return std::nullopt;

    Manifest manifest;
    auto& out = manifest.bytes;
    put_text(out, program);
    put_text(out, registry_dir.string());
    put_text(out, reference_dir.string());
    manifest.registry_id = HashBuilder().add(registry_dir.string()).add(reference_dir.string()).value();
    std::string buffer;
    out += "reference " + std::to_string(std::size(kReferenceFiles)) + '\n';
    for (const auto name : kReferenceFiles) {
        if (!put_file(out, reference_dir / name, buffer)) return std::nullopt;
    }
    out += "registry " + std::to_string(files.size()) + '\n';
    for (const auto& file : files) {
        if (!put_file(out, file, buffer)) return std::nullopt;
    }
    manifest.key = content_hash(out);
    return manifest;
}

}  // namespace netadmin::snapshot
