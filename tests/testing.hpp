// Helpers shared by the unit tests: a temporary directory per test case
// (kept when NETADMIN_KEEP_TEST_DIRS is set, to inspect a failure).
#pragma once

#include "load/registry_loader.hpp"

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

// Registries built in memory. A small reference: Norrbottens län (code 25,
// Region Norrbotten) with Kalix (2514) and Övertorneå (2518), and Västra
// Götalands län (14, Västra Götalandsregionen) with Göteborg (1480).
model::Reference small_reference();
// The registry of one TOML text, read as the file "registry.toml" with the
// small reference; diagnostics included, as the loader returns them.
load::LoadResult registry_from_toml(std::string_view toml);

// The bundled data/ directory of the source tree.
std::filesystem::path source_data_dir();

}  // namespace netadmin::testing
