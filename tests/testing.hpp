// Helpers shared by the unit tests: a temporary directory per test case
// (kept when NETADMIN_KEEP_TEST_DIRS is set, to inspect a failure).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace netadmin::testing {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // Writes `content` to `relative` (creating parent folders) and returns its path.
    std::filesystem::path write(std::string_view relative, std::string_view content) const;

private:
    std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);

// The bundled data/ directory of the source tree.
std::filesystem::path source_data_dir();

}  // namespace netadmin::testing
