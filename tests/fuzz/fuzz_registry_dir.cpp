// Fuzz target: a registry of several files loaded together, so duplicate
// ids, references and regions across files are exercised. The input is split
// into files at each line "#---" (at most 8 files).
#include "fuzz_support.hpp"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    constexpr std::string_view separator = "\n#---\n";
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<netadmin::load::SourceFile> files;
    std::size_t start = 0;
    while (start <= input.size() && files.size() < 8) {
        auto end = input.find(separator, start);
        if (end == std::string_view::npos || files.size() == 7) end = input.size();
        const auto name = "part" + std::to_string(files.size()) + ".toml";
        files.push_back({name, std::string(input.substr(start, end - start))});
        start = end + separator.size();
    }
    netadmin::fuzz::load_and_render(files);
    return 0;
}
