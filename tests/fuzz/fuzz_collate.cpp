// Fuzz target: Swedish collation and the text helpers on arbitrary bytes.
// The input is split in three at the first two NUL bytes; the order must be
// a total order (antisymmetric, zero only for equal bytes, transitive) and
// the helpers must not crash on invalid UTF-8. Primary weights that differ
// give compare_swedish's order.
#include "util/collate.hpp"
#include "util/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using netadmin::util::compare_swedish;

namespace {

int sign(int value) { return (value > 0) - (value < 0); }

void check_pair(std::string_view a, std::string_view b) {
    const int ab = sign(compare_swedish(a, b));
    const int ba = sign(compare_swedish(b, a));
    if (ab != -ba) std::abort();
    if ((ab == 0) != (a == b)) std::abort();
    // Where the primary weights differ they decide, as sorts rely on.
    const auto wa = netadmin::util::primary_weights(a);
    const auto wb = netadmin::util::primary_weights(b);
    if (wa != wb && (wa < wb) != (ab < 0)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto first = input.find('\0');
    const auto a = input.substr(0, first);
    const auto rest = first == std::string_view::npos ? std::string_view() : input.substr(first + 1);
    const auto second = rest.find('\0');
    const auto b = rest.substr(0, second);
    const auto c = second == std::string_view::npos ? std::string_view() : rest.substr(second + 1);

    check_pair(a, b);
    check_pair(b, c);
    check_pair(a, c);
    if (compare_swedish(a, a) != 0) std::abort();
    const int ab = sign(compare_swedish(a, b));
    const int bc = sign(compare_swedish(b, c));
    if (ab == bc && ab != 0 && sign(compare_swedish(a, c)) != ab) std::abort();

    (void)netadmin::util::display_width(input);
    const auto folded = netadmin::util::fold_for_match(input);
    // Folding is idempotent on its own output.
    if (netadmin::util::fold_for_match(folded) != folded) std::abort();
    return 0;
}
