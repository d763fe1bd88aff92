// Safe writes of registry files and the registry's lock (see safe_write.hpp).
#include "edit/safe_write.hpp"

#include "edit/journal.hpp"
#include "edit/transaction.hpp"
#include "util/os_error.hpp"

#include <cerrno>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace netadmin::edit {

using catalog::Msg;

namespace {

catalog::Problem file_error(const std::filesystem::path& path, catalog::Problem problem) {
    return std::move(problem).at(catalog::Location{path.string(), 0, 0});
}

std::int64_t modified_ns(const struct stat& info) {
    return static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}

// The whole content of an open file, or nullopt (errno set).
std::optional<std::string> read_all(int fd) {
    std::string text;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            return std::nullopt;
        }
        if (got == 0) return text;
        text.append(buffer, static_cast<std::size_t>(got));
    }
}

// The file as it is now, read like read_for_edit.
catalog::Result<ReadFile> read_now(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return file_error(path, catalog::Problem(Msg::err_cannot_read, path.string(), util::os_error(errno)));
    struct stat info {};
    std::optional<std::string> text;
    if (::fstat(fd, &info) == 0) text = read_all(fd);
    const int error = errno;
    ::close(fd);
    if (!text) return file_error(path, catalog::Problem(Msg::err_cannot_read, path.string(), util::os_error(error)));
    if (!S_ISREG(info.st_mode)) return file_error(path, catalog::Problem(Msg::err_not_a_regular_file, path.string()));
    ReadFile file;
    file.path = path;
    file.text = std::move(*text);
    file.device = info.st_dev;
    file.inode = info.st_ino;
    file.size = static_cast<std::uint64_t>(info.st_size);
    file.modified_ns = modified_ns(info);
    file.mode = info.st_mode & 07777U;
    return file;
}

// Why `file` may not be written now, if it may not.
catalog::Status refusal(const ReadFile& file) {
    const auto now = read_now(file.path);
    if (!now) return file_error(file.path, catalog::Problem(Msg::edit_changed_on_disk, file.path.string()));
    const auto& disk = *now;
    if (disk.device != file.device || disk.inode != file.inode || disk.size != file.size ||
        disk.modified_ns != file.modified_ns || disk.text != file.text) {
        return file_error(file.path, catalog::Problem(Msg::edit_changed_on_disk, file.path.string()));
    }
    if ((disk.mode & 0222U) == 0 || ::access(file.path.c_str(), W_OK) != 0) {
        return file_error(file.path, catalog::Problem(Msg::edit_read_only, file.path.string()));
    }
    return {};
}

}  // namespace

catalog::Result<ReadFile> read_for_edit(const std::filesystem::path& path) { return read_now(path); }

catalog::Status write_edited(const ReadFile& file, std::string_view text) {
    return write_edited(std::vector<EditedFile>{{&file, std::string(text)}});
}

catalog::Status changed_since_read(const ReadFile& file) { return refusal(file); }

catalog::Status write_edited(const std::vector<EditedFile>& files, const std::filesystem::path& registry_dir) {
    for (const auto& edited : files) {
        if (auto why = refusal(*edited.file); !why) return why;
    }
    if (files.empty()) return {};
    const auto journal_dir = registry_dir.empty() ? files.front().file->path.parent_path() : registry_dir;
    std::vector<Replacement> replacements;
    for (const auto& edited : files) replacements.push_back({edited.file, edited.text});
    auto failed = replace_files(replacements, journal_dir, refusal);
    if (failed) ensure_gitignore(journal_dir);
    return failed;
}

catalog::Result<RegistryLock> RegistryLock::acquire(const std::filesystem::path& directory,
                                                    std::chrono::milliseconds wait) {
    const auto path = directory / kLockFileName;
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EACCES) fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return file_error(path, catalog::Problem(Msg::edit_cannot_lock, path.string(), util::os_error(errno)));
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return RegistryLock(fd);
        const int error = errno;
        if (error != EWOULDBLOCK && error != EINTR) {
            ::close(fd);
            return file_error(path, catalog::Problem(Msg::edit_cannot_lock, path.string(), util::os_error(error)));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::close(fd);
            const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait).count();
            return file_error(path, catalog::Problem(Msg::edit_locked, path.string(), std::int64_t{seconds}));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

RegistryLock::RegistryLock(RegistryLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

RegistryLock::~RegistryLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace netadmin::edit
