#include "i18n/dates.hpp"

#include "i18n/catalog.hpp"

namespace netadmin::i18n {
namespace {

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

std::string month_name(Language language, int month) {
    return std::string(text(language, static_cast<Msg>(static_cast<int>(Msg::month_1) + month - 1)));
}

std::string weekday_name(Language language, int weekday) {
    return std::string(text(language, static_cast<Msg>(static_cast<int>(Msg::weekday_0) + weekday)));
}

std::string format_day(Language language, const time::CivilDate& date, bool with_weekday) {
    const std::int64_t day = date.day;
    if (with_weekday) {
        return format(language, Msg::date_day_weekday,
                      {weekday_name(language, time::weekday(date)), day, month_name(language, date.month),
                       std::int64_t{date.year}});
    }
    return format(language, Msg::date_day, {day, month_name(language, date.month), std::int64_t{date.year}});
}

std::string format_fuzzy_date(Language language, const time::FuzzyDate& date, bool with_weekday) {
    const std::int64_t year = date.year;
    switch (date.precision) {
        case time::Precision::day: return format_day(language, date.first_day(), with_weekday);
        case time::Precision::month: return format(language, Msg::date_month, {month_name(language, date.month), year});
        case time::Precision::term:
            return format(language, date.term == time::Term::spring ? Msg::term_spring : Msg::term_autumn, {year});
        case time::Precision::year: return std::to_string(date.year);
    }
    return std::to_string(date.year);
}

std::string format_clock(Language language, const time::TimeOfDay& time) {
    return format(language, Msg::clock_time, {std::int64_t{time.hour()}, std::int64_t{time.minute()}});
}

std::string format_time_range(Language language, const std::optional<time::TimeOfDay>& start,
                              const std::optional<time::TimeOfDay>& end) {
    if (start && end)
        return format(language, Msg::time_range, {format_clock(language, *start), format_clock(language, *end)});
    if (start) return format(language, Msg::time_single, {format_clock(language, *start)});
    if (end) return format(language, Msg::time_range, {std::string(), format_clock(language, *end)});
    return {};
}

std::string format_count(Language language, const model::Count& count) {
    auto number = group_digits(language, count.value);
    switch (count.approx) {
        case model::Approx::exact: return number;
        case model::Approx::about: return format(language, Msg::approx_about, {number});
        case model::Approx::nearly: return format(language, Msg::approx_nearly, {number});
        case model::Approx::over: return format(language, Msg::approx_over, {number});
    }
    return number;
}

}  // namespace netadmin::i18n
