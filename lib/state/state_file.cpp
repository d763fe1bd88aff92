// Creating and recognising the state database file (see state_file.hpp).
// The file format facts used here are from https://www.sqlite.org/fileformat.html
// (section 1.3, the database header).
#include "state/state_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace netadmin::state {
namespace {

std::string describe_errno(const std::filesystem::path& path, const char* what) {
    return std::string("cannot ") + what + " " + path.string() + ": " + std::strerror(errno);
}

// mkdir -p with mode 0700 for every folder it creates; existing ones are left alone.
std::optional<std::string> make_parents(const std::filesystem::path& dir) {
    if (dir.empty()) return std::nullopt;
    std::vector<std::filesystem::path> missing;
    for (auto p = dir; !p.empty() && !std::filesystem::exists(p); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST) return describe_errno(*it, "create folder");
    }
    return std::nullopt;
}

std::uint32_t big_endian(const unsigned char* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i) value = (value << 8) | bytes[i];
    return value;
}

bool wal_has_content(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path.string() + "-wal", error);
    return !error && size > 0;
}

}  // namespace

std::filesystem::path default_state_path(const char* xdg_state_home, const char* home) {
    // The XDG base directory spec says a relative value is to be ignored.
    if (xdg_state_home != nullptr && xdg_state_home[0] == '/') {
        return std::filesystem::path(xdg_state_home) / "netadmin" / "state.db";
    }
    if (home != nullptr && home[0] != '\0') {
        return std::filesystem::path(home) / ".local" / "state" / "netadmin" / "state.db";
    }
    return {};
}

std::optional<std::string> ensure_private_file(const std::filesystem::path& path) {
    if (auto problem = make_parents(path.parent_path())) return problem;
    // O_EXCL: whoever creates it creates it private; another run may win the race.
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return std::nullopt;
    }
    if (errno != EEXIST) return describe_errno(path, "create");
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return describe_errno(path, "read");
    if (!S_ISREG(info.st_mode)) return path.string() + " is not a regular file";
    if ((info.st_mode & 077) != 0 && ::chmod(path.c_str(), 0600) != 0) return describe_errno(path, "make private");
    return std::nullopt;
}

HeaderVerdict inspect_header(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) return HeaderVerdict::not_sqlite;
    if (size == 0) return HeaderVerdict::empty;
    std::array<unsigned char, 100> header{};
    std::ifstream in(path, std::ios::binary);
    if (size < header.size() || !in.read(reinterpret_cast<char*>(header.data()), header.size())) {
        return HeaderVerdict::not_sqlite;
    }
    if (std::memcmp(header.data(), "SQLite format 3", 16) != 0) return HeaderVerdict::not_sqlite;
    std::uint32_t page_size = big_endian(&header[16], 2);
    if (page_size == 1) page_size = 65536;
    const auto page_count = big_endian(&header[28], 4);
    const bool count_valid = big_endian(&header[24], 4) == big_endian(&header[92], 4);
    // Pages not yet checkpointed live in the -wal file; only a settled file can be measured.
    if (count_valid && !wal_has_content(path) && size < std::uintmax_t{page_size} * page_count) {
        return HeaderVerdict::truncated;
    }
    const auto application_id = static_cast<std::int32_t>(big_endian(&header[68], 4));
    if (application_id == kApplicationId) return HeaderVerdict::ours;
    // A database in WAL mode may not have its id checkpointed into the file yet.
    return application_id == 0 ? HeaderVerdict::unclaimed : HeaderVerdict::foreign;
}

}  // namespace netadmin::state
