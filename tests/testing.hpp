// Helpers shared by the unit tests: a temporary directory per test case
// (kept when NETADMIN_KEEP_TEST_DIRS is set, to inspect a failure), and
// registries loaded from TOML text that the test itself holds, so that no
// unit test depends on the bundled registry in data/registry (a correction
// of that data must never break one). The reference data (counties and
// municipalities, data/reference) is shared: it is the law of the land, not
// registry content.
#pragma once

#include "load/registry_loader.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

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

// The data/reference directory of the source tree: counties, municipalities
// and the map outlines.
std::filesystem::path reference_dir();

// The counties and municipalities of data/reference, read once.
const model::Reference& reference();

// One file of a registry written in a test: its name (as diagnostics show
// it) and its TOML text.
using TomlFile = load::SourceFile;

// Loads a registry from files given by their text, in the order given, with
// the reference data above. Diagnostics are returned, not checked.
load::LoadResult load_toml(const std::vector<TomlFile>& files);
// One file, named "registry.toml".
load::LoadResult load_toml(std::string_view text);

// As load_toml, and the test case stops (REQUIRE) with every diagnostic
// rendered in English unless the registry loads without an error.
load::LoadResult load_valid(const std::vector<TomlFile>& files);
load::LoadResult load_valid(std::string_view text);

// The diagnostics, each rendered in English on a line of its own.
std::string rendered(const load::Diagnostics& diagnostics);

}  // namespace netadmin::testing
