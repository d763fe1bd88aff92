// Wall-clock times of day (local Europe/Stockholm time in the registry).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::time {

struct TimeOfDay {
    int minutes = 0;  // since midnight, 0..1439
    int hour() const { return minutes / 60; }
    int minute() const { return minutes % 60; }
    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

// Accepts "08:30", "8:30", "08:30:00" (seconds must be 00) and "08.30".
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);
// "08:30"
std::string to_data_string(const TimeOfDay& time);

}  // namespace netadmin::time
