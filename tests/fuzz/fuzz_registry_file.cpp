// Fuzz target: one registry file, loaded with the bundled reference data.
// Any crash, hang, sanitizer report or unlocated diagnostic is a finding.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<netadmin::load::SourceFile> files;
    files.push_back({"fuzz.toml", std::string(reinterpret_cast<const char*>(data), size)});
    netadmin::fuzz::load_and_render(files);
    return 0;
}
