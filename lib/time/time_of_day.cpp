// Wall-clock times of day (local Europe/Stockholm time in the registry).
#include "time/time_of_day.hpp"

namespace netadmin::time {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
    // Hour: one or two digits, then ':' or '.'.
    std::size_t separator = 0;
    while (separator < text.size() && separator < 3 && is_digit(text[separator])) ++separator;
    if (separator < 1 || separator > 2 || separator >= text.size()) return std::nullopt;
    const char mark = text[separator];
    if (mark != ':' && mark != '.') return std::nullopt;

    // Minutes: exactly two digits, optionally followed by ":00" (only in the
    // colon form: "08.30:00" mixes notations and is more likely a typo).
    std::string_view rest = text.substr(separator + 1);
    if (rest.size() == 5 && mark == ':' && rest.substr(2) == ":00") rest = rest.substr(0, 2);
    if (rest.size() != 2 || !is_digit(rest[0]) || !is_digit(rest[1])) return std::nullopt;

    int hour = 0;
    for (std::size_t i = 0; i < separator; ++i) hour = hour * 10 + (text[i] - '0');
    const int minute = (rest[0] - '0') * 10 + (rest[1] - '0');
    if (hour > 23 || minute > 59) return std::nullopt;
    return TimeOfDay{hour * 60 + minute};
}

std::string to_data_string(const TimeOfDay& time) {
    const auto two = [](int value) {
        return std::string{static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10)};
    };
    return two(time.hour()) + ":" + two(time.minute());
}

}  // namespace netadmin::time
