// Fuzz target: the snapshot reader (lib/snapshot). A snapshot is a file on
// disk that may be truncated, corrupt or hostile; reading one must never
// crash. The first byte chooses what reads the rest: even, the payload
// decoder alone (past the file's hash, which random bytes never match);
// odd, the whole file with its header. What decodes must encode and decode
// again to the same bytes, and its diagnostics must render in both
// languages.
#include "load/diagnostic.hpp"
#include "snapshot/codec.hpp"
#include "snapshot/snapshot_file.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace netadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto loaded = data[0] % 2 == 0 ? snapshot::decode(bytes) : snapshot::read_snapshot_bytes(bytes, "fuzz\n");
    if (!loaded) return 0;
    const auto encoded = snapshot::encode(*loaded);
    const auto again = snapshot::decode(encoded);
    if (!again || snapshot::encode(*again) != encoded) std::abort();
    for (const auto& diagnostic : loaded->diagnostics.items()) {
        (void)load::render(diagnostic, i18n::Language::sv);
        (void)load::render(diagnostic, i18n::Language::en);
    }
    return 0;
}
