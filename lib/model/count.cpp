#include "model/count.hpp"

#include <charconv>

namespace netadmin::model {
namespace {

constexpr std::int64_t kMaxCount = 1'000'000'000'000;

std::optional<std::int64_t> parse_number(std::string_view digits) {
    if (digits.empty() || digits.size() > 13) return std::nullopt;
    std::int64_t value = 0;
    const auto* end = digits.data() + digits.size();
    auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (ec != std::errc{} || ptr != end || value < 0 || value > kMaxCount) return std::nullopt;
    return value;
}

bool consume_prefix(std::string_view& text, std::string_view prefix) {
    if (!text.starts_with(prefix)) return false;
    text.remove_prefix(prefix.size());
    return true;
}

}  // namespace

std::optional<Count> parse_count(std::string_view text) {
    Approx approx = Approx::exact;
    if (consume_prefix(text, "about ") || consume_prefix(text, "~")) {
        approx = Approx::about;
    } else if (consume_prefix(text, "nearly ")) {
        approx = Approx::nearly;
    } else if (consume_prefix(text, "over ")) {
        approx = Approx::over;
    }
    const auto value = parse_number(text);
    if (!value) return std::nullopt;
    return Count{*value, approx};
}

std::string to_data_string(const Count& count) {
    auto number = std::to_string(count.value);
    switch (count.approx) {
        case Approx::exact: return number;
        case Approx::about: return "about " + number;
        case Approx::nearly: return "nearly " + number;
        case Approx::over: return "over " + number;
    }
    return number;
}

}  // namespace netadmin::model
