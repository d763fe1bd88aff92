// Creating and recognising the state database file (see state_file.hpp).
// The file format facts used here are from https://www.sqlite.org/fileformat.html
// (section 1.3, the database header).
#include "state/state_file.hpp"

#include "util/os_error.hpp"

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

catalog::Problem cannot_create(const std::filesystem::path& path) {
    return catalog::Problem(i18n::Msg::err_state_cannot_create, path.string(), util::os_error(errno));
}

std::filesystem::path folder_of(const std::filesystem::path& path) {
    return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

// mkdir -p with mode 0700 for every folder it creates; existing ones are left alone.
catalog::Status make_parents(const std::filesystem::path& dir) {
    if (dir.empty()) return {};
    std::vector<std::filesystem::path> missing;
    struct stat info {};
    for (auto p = dir; !p.empty() && ::stat(p.c_str(), &info) != 0; p = p.parent_path()) {
        if (errno != ENOENT) return cannot_create(p);
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0700) == 0) {
            if (::chmod(it->c_str(), 0700) != 0) return cannot_create(*it);
        } else if (errno != EEXIST) {
            return cannot_create(*it);
        }
    }
    return {};
}

std::uint32_t big_endian(const unsigned char* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i) value = (value << 8) | bytes[i];
    return value;
}

}  // namespace

bool wal_has_content(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path.string() + "-wal", error);
    return !error && size > 0;
}

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

catalog::Result<bool> state_file_exists(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) return true;
    if (errno == ENOENT) return false;
    return catalog::Problem(i18n::Msg::err_state_cannot_read, path.string(), util::os_error(errno));
}

catalog::Status check_readable(const std::filesystem::path& path) {
    if (::access(path.c_str(), R_OK) != 0) {
        return catalog::Problem(i18n::Msg::err_state_cannot_read, path.string(), util::os_error(errno));
    }
    return {};
}

catalog::Result<bool> ensure_private_file(const std::filesystem::path& path) {
    if (auto made = make_parents(path.parent_path()); !made) return made.problem();
    // O_EXCL: whoever creates it creates it private; another run may win the race.
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) {
        const bool private_mode = ::fchmod(fd, 0600) == 0;
        ::close(fd);
        if (!private_mode) return cannot_create(path);
        return true;
    }
    if (errno != EEXIST) return cannot_create(path);
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return cannot_create(path);
    if (!S_ISREG(info.st_mode)) return catalog::Problem(i18n::Msg::err_state_not_regular, path.string());
    // Only ever take permissions away: a file its owner made read-only stays so.
    if ((info.st_mode & 077) != 0 && ::chmod(path.c_str(), info.st_mode & 0700) != 0) {
        return catalog::Problem(i18n::Msg::err_state_read_only_file, path.string(), util::os_error(errno));
    }
    return false;
}

catalog::Status check_writable(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return {};  // missing: creating it reports its own errors
    if (!S_ISREG(info.st_mode)) return catalog::Problem(i18n::Msg::err_state_not_regular, path.string());
    if (::access(path.c_str(), W_OK) != 0) {
        return catalog::Problem(i18n::Msg::err_state_read_only_file, path.string(), util::os_error(errno));
    }
    const auto folder = folder_of(path);
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        return catalog::Problem(i18n::Msg::err_state_read_only_dir, path.string(), folder.string(),
                                util::os_error(errno));
    }
    return {};
}

bool writable(const std::filesystem::path& path) {
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder_of(path).c_str(), W_OK | X_OK) == 0;
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
