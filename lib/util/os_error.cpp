#include "util/os_error.hpp"

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>

namespace netadmin::util {
namespace {

using catalog::Msg;

std::optional<Msg> key_of(int error) {
    switch (error) {
        case ENOENT: return Msg::os_no_such_file;
        case EACCES: return Msg::os_permission_denied;
        case EPERM: return Msg::os_not_permitted;
        case ENOSPC: return Msg::os_no_space;
        case EDQUOT: return Msg::os_quota_exceeded;
        case EROFS: return Msg::os_read_only;
        case EMLINK: return Msg::os_too_many_links;
        case ELOOP: return Msg::os_symlink_loop;
        case EISDIR: return Msg::os_is_directory;
        case ENOTDIR: return Msg::os_not_directory;
        case EEXIST: return Msg::os_exists;
        case EIO: return Msg::os_io_error;
        case EFBIG: return Msg::os_file_too_large;
        case ENAMETOOLONG: return Msg::os_name_too_long;
        case EMFILE:
        case ENFILE: return Msg::os_too_many_open_files;
        case ENOMEM: return Msg::os_no_memory;
        case EBUSY: return Msg::os_busy;
        case EXDEV: return Msg::os_cross_device;
        default: return std::nullopt;
    }
}

}  // namespace

Arg os_error(int error) {
    if (const auto key = key_of(error)) return *key;
    return std::string(std::strerror(error));
}

Arg os_error(const std::error_code& error) {
    if (error.category() == std::system_category() || error.category() == std::generic_category()) {
        return os_error(error.value());
    }
    return error.message();
}

}  // namespace netadmin::util
