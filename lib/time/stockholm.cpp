// Europe/Stockholm local time without the system time zone database, by the
// EU summer-time rule. The rule is applied to every year, also before 1996
// (when Sweden ended summer time in September): the registry has no
// earlier times of day that this could matter for.
#include "time/stockholm.hpp"

namespace netadmin::time {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::int64_t kChangeSecondUtc = 3600;  // both changes happen at 01:00 UTC
constexpr int kWinterOffset = 60;
constexpr int kSummerOffset = 120;

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

CivilDate last_sunday(int year, int month) {
    const CivilDate last{year, month, days_in_month(year, month)};
    // weekday: Sunday is 6, so this steps back 0..6 days to the Sunday.
    return add_days(last, -((weekday(last) + 1) % 7));
}

std::int64_t change_instant(const CivilDate& day) { return days_from_civil(day) * kSecondsPerDay + kChangeSecondUtc; }

}  // namespace

CivilDate summer_time_start(int year) { return last_sunday(year, 3); }
CivilDate summer_time_end(int year) { return last_sunday(year, 10); }

int stockholm_utc_offset_minutes(std::int64_t unix_seconds) {
    // The UTC year is the right one to look in: both changes are far from
    // New Year, where UTC and Stockholm years can differ.
    const int year = civil_from_days(floor_div(unix_seconds, kSecondsPerDay)).year;
    const bool summer =
        unix_seconds >= change_instant(summer_time_start(year)) && unix_seconds < change_instant(summer_time_end(year));
    return summer ? kSummerOffset : kWinterOffset;
}

CivilDate stockholm_date(std::int64_t unix_seconds) {
    const std::int64_t local = unix_seconds + std::int64_t{stockholm_utc_offset_minutes(unix_seconds)} * 60;
    return civil_from_days(floor_div(local, kSecondsPerDay));
}

std::int64_t stockholm_to_unix(const CivilDate& date, const TimeOfDay& time) {
    const std::int64_t local = days_from_civil(date) * kSecondsPerDay + std::int64_t{time.minutes} * 60;
    const std::int64_t as_summer = local - std::int64_t{kSummerOffset} * 60;
    const std::int64_t as_winter = local - std::int64_t{kWinterOffset} * 60;
    // A reading is consistent when the offset in force at the instant it
    // gives is the offset it assumed. In the repeated autumn hour both are,
    // and the summer (first) pass wins. In the spring gap neither is;
    // reading the time with the winter offset gives the instant an hour
    // later on the summer clock (02:30 -> 03:30), as documented.
    if (stockholm_utc_offset_minutes(as_summer) == kSummerOffset) return as_summer;
    return as_winter;
}

}  // namespace netadmin::time
