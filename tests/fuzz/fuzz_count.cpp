// Fuzz target: counts such as "about 30". Accepted values lie in 0..10^12
// and survive a round trip through their data form.
#include "model/count.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto count = netadmin::model::parse_count(text);
    if (!count) return 0;
    if (count->value < 0 || count->value > 1'000'000'000'000) std::abort();
    const auto again = netadmin::model::parse_count(netadmin::model::to_data_string(*count));
    if (!again || !(*again == *count)) std::abort();
    return 0;
}
