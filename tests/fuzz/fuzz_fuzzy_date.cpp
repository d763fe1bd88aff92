// Fuzz target: the parsers of dates and times people type in the registry
// and on the command line. Whatever parses must survive a round trip
// through its data form and lie inside the documented ranges.
#include "time/civil_date.hpp"
#include "time/fuzzy_date.hpp"
#include "time/time_of_day.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace netadmin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto date = time::parse_fuzzy_date(text)) {
        if (date->year < 1900 || date->year > 2200) std::abort();
        if (!(date->first_day() <= date->last_day())) std::abort();
        const auto again = time::parse_fuzzy_date(time::to_data_string(*date));
        if (!again || !(*again == *date)) std::abort();
    }
    if (const auto t = time::parse_time_of_day(text)) {
        if (t->minutes < 0 || t->minutes >= 24 * 60) std::abort();
        const auto again = time::parse_time_of_day(time::to_data_string(*t));
        if (!again || !(*again == *t)) std::abort();
    }
    if (const auto day = time::parse_iso_date(text)) {
        if (!time::is_valid(*day)) std::abort();
        const auto again = time::parse_iso_date(time::to_iso(*day));
        if (!again || !(*again == *day)) std::abort();
    }
    return 0;
}
