#include "labels/numbers.hpp"

#include "i18n/catalog.hpp"

namespace netadmin::labels {
namespace {

using i18n::Language;
using i18n::Msg;

std::string group_digits(Language language, std::int64_t value) {
    auto digits = std::to_string(value);
    // Four-digit numbers stay as they are in both languages ("2500").
    if (digits.size() < 5) return digits;
    // Swedish groups with a no-break space, English with a comma.
    const std::string separator = language == Language::sv ? "\u00a0" : ",";
    std::string grouped;
    const auto lead = digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i + 3 - lead) % 3 == 0) grouped += separator;
        grouped += digits[i];
    }
    return grouped;
}

}  // namespace

std::string format_count(Language language, const model::Count& count) {
    auto number = group_digits(language, count.value);
    switch (count.approx) {
        case model::Approx::exact: return number;
        case model::Approx::about: return i18n::format(language, Msg::approx_about, number);
        case model::Approx::nearly: return i18n::format(language, Msg::approx_nearly, number);
        case model::Approx::over: return i18n::format(language, Msg::approx_over, number);
    }
    return number;
}

}  // namespace netadmin::labels
