#include "model/count.hpp"

#include "util/utf8.hpp"

#include <charconv>
#include <utility>

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

// The words people write before an approximate number, in English and in
// Swedish as the sources have them ("ungefär 2500", "nära 800", "drygt 40").
constexpr std::pair<std::string_view, Approx> kPrefixes[] = {
    {"about ", Approx::about},         {"~", Approx::about},        {"around ", Approx::about},
    {"approximately ", Approx::about}, {"ungefär ", Approx::about}, {"cirka ", Approx::about},
    {"ca. ", Approx::about},           {"ca ", Approx::about},      {"omkring ", Approx::about},
    {"nearly ", Approx::nearly},       {"almost ", Approx::nearly}, {"nära ", Approx::nearly},
    {"nästan ", Approx::nearly},       {"over ", Approx::over},     {"more than ", Approx::over},
    {"över ", Approx::over},           {"drygt ", Approx::over},    {"mer än ", Approx::over},
};

std::optional<Count> parse_count(std::string_view original) {
    const auto lowered = util::to_lower(original);
    std::string_view text = lowered;
    Approx approx = Approx::exact;
    for (const auto& [prefix, kind] : kPrefixes) {
        if (consume_prefix(text, prefix)) {
            approx = kind;
            break;
        }
    }
    // "ett 30-tal": some thirty.
    if (approx == Approx::exact && consume_prefix(text, "ett ")) {
        if (!text.ends_with("-tal")) return std::nullopt;
        text.remove_suffix(4);
        approx = Approx::about;
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
