// Proleptic Gregorian calendar dates without time zones, and the arithmetic
// on them (days since 1970-01-01, weekdays, adding days).
#include "time/civil_date.hpp"

namespace netadmin::time {

namespace {

// Floor division, so dates before 1970 land in the right era and weekday.
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool two_digits(std::string_view text, std::size_t pos, int& value) {
    const char hi = text[pos];
    const char lo = text[pos + 1];
    if (hi < '0' || hi > '9' || lo < '0' || lo > '9') return false;
    value = (hi - '0') * 10 + (lo - '0');
    return true;
}

void append_padded(std::string& out, int value, int width) {
    std::int64_t magnitude = value;  // wide enough to negate INT_MIN
    if (magnitude < 0) {
        out.push_back('-');
        magnitude = -magnitude;
    }
    const std::string digits = std::to_string(magnitude);
    if (static_cast<int>(digits.size()) < width) out.append(static_cast<std::size_t>(width) - digits.size(), '0');
    out.append(digits);
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    switch (month) {
        case 1:
        case 3:
        case 5:
        case 7:
        case 8:
        case 10:
        case 12: return 31;
        case 4:
        case 6:
        case 9:
        case 11: return 30;
        case 2: return is_leap_year(year) ? 29 : 28;
        default: return 0;  // not a month: no day is valid in it
    }
}

bool is_valid(const CivilDate& date) {
    return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

// http://howardhinnant.github.io/date_algorithms.html#days_from_civil: eras
// of 400 years starting on March 1, so the leap day is the last of a year.
std::int64_t days_from_civil(const CivilDate& date) {
    const std::int64_t y = static_cast<std::int64_t>(date.year) - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t year_of_era = y - era * 400;                               // [0, 399]
    const std::int64_t month = date.month > 2 ? date.month - 3 : date.month + 9;  // March = 0
    const std::int64_t day_of_year = (153 * month + 2) / 5 + date.day - 1;        // [0, 365]
    const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = floor_div(days, 146097);
    const std::int64_t day_of_era = days - era * 146097;  // [0, 146096]
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;  // [0, 399]
    const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t mp = (5 * day_of_year + 2) / 153;  // March = 0
    CivilDate date;
    date.day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

CivilDate add_days(const CivilDate& date, int days) { return civil_from_days(days_from_civil(date) + days); }

std::int64_t days_between(const CivilDate& from, const CivilDate& to) {
    return days_from_civil(to) - days_from_civil(from);
}

int weekday(const CivilDate& date) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const std::int64_t days = days_from_civil(date) + 3;
    return static_cast<int>(days - floor_div(days, 7) * 7);
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int century = 0;
    int year_in_century = 0;
    CivilDate date;
    if (!two_digits(text, 0, century) || !two_digits(text, 2, year_in_century) || !two_digits(text, 5, date.month) ||
        !two_digits(text, 8, date.day)) {
        return std::nullopt;
    }
    date.year = century * 100 + year_in_century;
    if (!is_valid(date)) return std::nullopt;
    return date;
}

namespace {

// "HH:MM" at `at` with hours 0-23 and minutes (or seconds) 0-59.
bool clock_pair(std::string_view text, std::size_t at, int high) {
    int first = 0;
    int second = 0;
    return text.size() >= at + 5 && text[at + 2] == ':' && two_digits(text, at, first) &&
           two_digits(text, at + 3, second) && first <= high && second <= 59;
}

// "HH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM]"
bool is_clock_time(std::string_view text) {
    if (!clock_pair(text, 0, 23)) return false;
    std::size_t at = 5;
    int seconds = 0;
    if (at < text.size() && text[at] == ':') {
        if (text.size() < at + 3 || !two_digits(text, at + 1, seconds) || seconds > 59) return false;
        at += 3;
        if (at < text.size() && text[at] == '.') {
            const auto digits = text.find_first_not_of("0123456789", at + 1);
            const auto stop = digits == std::string_view::npos ? text.size() : digits;
            if (stop == at + 1) return false;
            at = stop;
        }
    }
    const auto zone = text.substr(at);
    if (zone.empty() || zone == "Z") return true;
    return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && clock_pair(zone, 1, 23);
}

}  // namespace

std::optional<CivilDate> parse_iso_date_time_day(std::string_view text) {
    if (text.size() < 10) return std::nullopt;
    const auto date = parse_iso_date(text.substr(0, 10));
    if (!date || text.size() == 10) return date;
    if ((text[10] != ' ' && text[10] != 'T') || !is_clock_time(text.substr(11))) return std::nullopt;
    return date;
}

std::string to_iso(const CivilDate& date) {
    std::string out;
    out.reserve(10);
    append_padded(out, date.year, 4);
    out.push_back('-');
    append_padded(out, date.month, 2);
    out.push_back('-');
    append_padded(out, date.day, 2);
    return out;
}

}  // namespace netadmin::time
