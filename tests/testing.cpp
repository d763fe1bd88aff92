#include "testing.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace netadmin::testing {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "netadmin-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    // NETADMIN_KEEP_TEST_DIRS=1 keeps every directory for inspection.
    if (std::getenv("NETADMIN_KEEP_TEST_DIRS") != nullptr) return;
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempDir::write(std::string_view relative, std::string_view content) const {
    const auto target = path_ / relative;
    std::filesystem::create_directories(target.parent_path());
    std::ofstream out(target, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return target;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::filesystem::path reference_dir() { return std::filesystem::path(NETADMIN_TEST_DATA_DIR) / "reference"; }

const model::Reference& reference() {
    static const model::Reference loaded = [] {
        load::Diagnostics diagnostics;
        auto data = load::load_reference(reference_dir(), diagnostics);
        if (diagnostics.has_errors()) throw std::runtime_error("cannot read " + reference_dir().string());
        return data;
    }();
    return loaded;
}

load::LoadResult load_toml(const std::vector<TomlFile>& files) {
    return load::load_registry_from_sources(files, reference());
}

load::LoadResult load_toml(std::string_view text) { return load_toml({{"registry.toml", std::string(text)}}); }

std::string rendered(const load::Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics.items()) out += load::render(d, i18n::Language::en) + "\n";
    return out;
}

load::LoadResult load_valid(const std::vector<TomlFile>& files) {
    auto result = load_toml(files);
    INFO(rendered(result.diagnostics));
    REQUIRE(result.ok());
    return result;
}

load::LoadResult load_valid(std::string_view text) { return load_valid({{"registry.toml", std::string(text)}}); }

}  // namespace netadmin::testing
