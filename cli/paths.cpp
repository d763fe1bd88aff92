#include "paths.hpp"

#include <cstdlib>
#include <system_error>

namespace netadmin::cli {

std::filesystem::path find_data_dir() {
    if (const char* dir = std::getenv("NETADMIN_DATA_DIR"); dir != nullptr && *dir != '\0') return dir;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        auto installed = exe.parent_path().parent_path() / "share" / "netadmin";
        if (std::filesystem::is_directory(installed / "reference", ec)) return installed;
    }
    return NETADMIN_SOURCE_DATA_DIR;
}

}  // namespace netadmin::cli
