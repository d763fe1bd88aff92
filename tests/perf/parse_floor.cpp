// The floor of the benchmark: the least any tool that reads a registry must
// do. It finds the same *.toml files netadmin reads (recursively, hidden
// entries skipped, in byte order of the path), reads each into memory and
// parses it with toml++, one file at a time, dropping each tree before the
// next, and exits. No model, no checks, no output. netadmin's wall time and
// peak memory are measured against this program's (docs/performance.md).
//
//     parse_floor REGISTRY_DIR
#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> toml_files(const fs::path& dir) {
    std::vector<fs::path> files;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied);
    for (; it != fs::recursive_directory_iterator(); ++it) {
        const auto& path = it->path();
        if (path.filename().string().starts_with(".")) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (path.extension() == ".toml" && !it->is_directory()) files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string content;
    content.resize(fs::file_size(path));
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    return content;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: parse_floor REGISTRY_DIR\n");
        return 2;
    }
    std::size_t nodes = 0;
    try {
        for (const auto& path : toml_files(argv[1])) {
            const auto content = read_all(path);
            const auto document = toml::parse(content, path.string());
            nodes += document.size();  // use the tree so the parse is not optimised away
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "parse_floor: %s\n", error.what());
        return 1;
    }
    return nodes > 0 ? 0 : 1;
}
