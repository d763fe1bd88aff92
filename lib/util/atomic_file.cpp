// Writing output files so that a reader never sees half a file: temporary
// file in the same directory, fsync, then rename over the target.
#include "util/atomic_file.hpp"

#include "util/os_error.hpp"

#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace netadmin::util {

namespace {

catalog::Problem failure(const std::filesystem::path& target, int error) {
    return catalog::Problem(catalog::Msg::err_cannot_write, target.string(), util::os_error(error));
}

// Makes the rename itself durable. Best effort: some file systems refuse
// to fsync a directory, and the file content is already safe by then.
void sync_directory(const std::filesystem::path& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// A device or a pipe ("--output /dev/null", "/dev/stdout", a FIFO) is
// written to in place: renaming a file over it would replace the device
// itself, which for root means a regular file at /dev/null.
catalog::Status write_in_place(const std::filesystem::path& target, std::string_view content) {
    const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return failure(target, errno);
    bool ok = write_all(fd, content);
    int error = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (!ok) return failure(target, error);
    return {};
}

}  // namespace

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

catalog::Status write_file_atomically(const std::filesystem::path& target, std::string_view content,
                                      bool private_file) {
    return write_file_atomically_with_mode(target, content, private_file ? 0600U : 0644U);
}

catalog::Status write_file_atomically_with_mode(const std::filesystem::path& target, std::string_view content,
                                                unsigned mode) {
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode)) return failure(target, EISDIR);
        if (!S_ISREG(existing.st_mode)) return write_in_place(target, content);
    }
    // The temporary file must be in the target's directory: rename is only
    // atomic within one file system.
    std::filesystem::path directory = target.parent_path();
    if (directory.empty()) directory = ".";
    std::string temp = (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();

    const int fd = ::mkstemp(temp.data());
    if (fd < 0) return failure(target, errno);

    bool ok = write_all(fd, content) && ::fsync(fd) == 0 && ::fchmod(fd, static_cast<mode_t>(mode & 07777U)) == 0;
    int error = ok ? 0 : errno;
    // close can report a delayed write error, so its result counts too.
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temp.c_str(), target.c_str()) != 0) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temp.c_str());
        return failure(target, error);
    }
    sync_directory(directory);
    return {};
}

}  // namespace netadmin::util
