// Proleptic Gregorian calendar dates without time zones, and the arithmetic
// on them (days since 1970-01-01, weekdays, adding days).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::time {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid(const CivilDate& date);

// Days since 1970-01-01 (negative before). Howard Hinnant's algorithm.
std::int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(std::int64_t days);
CivilDate add_days(const CivilDate& date, int days);
// Whole days from `from` to `to` (positive when `to` is later).
std::int64_t days_between(const CivilDate& from, const CivilDate& to);

// 0 = Monday … 6 = Sunday (ISO 8601).
int weekday(const CivilDate& date);

// Strict "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
std::optional<CivilDate> parse_iso_date(std::string_view text);
// The day of an ISO 8601 date or date-time as systems export them:
// "2023-08-15", "2023-08-15 10:22", "2023-08-15T10:22:31", with seconds,
// a fraction, "Z" or an offset ("+02:00") after the time. The day is the
// one written (the offset is not applied); nullopt for anything else.
std::optional<CivilDate> parse_iso_date_time_day(std::string_view text);
std::string to_iso(const CivilDate& date);

}  // namespace netadmin::time
