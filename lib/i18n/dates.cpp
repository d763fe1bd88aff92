#include "i18n/dates.hpp"

#include "i18n/catalog.hpp"

#include <array>

namespace netadmin::i18n {
// The names by number, so nothing depends on the order of the keys.
constexpr std::array<Msg, 12> kMonths{Msg::month_1, Msg::month_2,  Msg::month_3,  Msg::month_4,
                                      Msg::month_5, Msg::month_6,  Msg::month_7,  Msg::month_8,
                                      Msg::month_9, Msg::month_10, Msg::month_11, Msg::month_12};
constexpr std::array<Msg, 7> kWeekdays{Msg::weekday_0, Msg::weekday_1, Msg::weekday_2, Msg::weekday_3,
                                       Msg::weekday_4, Msg::weekday_5, Msg::weekday_6};

std::string month_name(Language language, int month) {
    return std::string(runtime_text(language, kMonths.at(static_cast<std::size_t>(month - 1))));
}

std::string weekday_name(Language language, int weekday) {
    return std::string(runtime_text(language, kWeekdays.at(static_cast<std::size_t>(weekday))));
}

std::string format_day(Language language, const time::CivilDate& date, bool with_weekday) {
    const std::int64_t day = date.day;
    if (with_weekday) {
        return format(language, Msg::date_day_weekday, weekday_name(language, time::weekday(date)), day,
                      month_name(language, date.month), std::int64_t{date.year});
    }
    return format(language, Msg::date_day, day, month_name(language, date.month), std::int64_t{date.year});
}

std::string format_fuzzy_date(Language language, const time::FuzzyDate& date, bool with_weekday) {
    const std::int64_t year = date.year;
    switch (date.precision) {
        case time::Precision::day: return format_day(language, date.first_day(), with_weekday);
        case time::Precision::month: return format(language, Msg::date_month, month_name(language, date.month), year);
        case time::Precision::term:
            return date.term == time::Term::spring ? format(language, Msg::term_spring, year)
                                                   : format(language, Msg::term_autumn, year);
        case time::Precision::year: return std::to_string(date.year);
    }
    return std::to_string(date.year);
}

std::string format_clock(Language language, const time::TimeOfDay& time) {
    return format(language, Msg::clock_time, std::int64_t{time.hour()}, std::int64_t{time.minute()});
}

std::string format_time_range(Language language, const std::optional<time::TimeOfDay>& start,
                              const std::optional<time::TimeOfDay>& end) {
    if (start && end)
        return format(language, Msg::time_range, format_clock(language, *start), format_clock(language, *end));
    if (start) return format(language, Msg::time_single, format_clock(language, *start));
    if (end) return format(language, Msg::time_range, std::string(), format_clock(language, *end));
    return {};
}

}  // namespace netadmin::i18n
