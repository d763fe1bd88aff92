// Dates as precise as the facts behind them: a day, a month, a school term
// or a year.
#include "time/fuzzy_date.hpp"

#include <tuple>

namespace netadmin::time {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;

std::optional<int> parse_digits(std::string_view text) {
    if (text.empty()) return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<int> parse_year(std::string_view text) {
    if (text.size() != 4) return std::nullopt;
    const auto year = parse_digits(text);
    if (!year || *year < kMinYear || *year > kMaxYear) return std::nullopt;
    return year;
}

std::optional<Term> parse_term(std::string_view text) {
    if (text == "autumn" || text == "HT") return Term::autumn;
    if (text == "spring" || text == "VT") return Term::spring;
    return std::nullopt;
}

FuzzyDate of_year(int year) {
    FuzzyDate date;
    date.precision = Precision::year;
    date.year = year;
    return date;
}

FuzzyDate of_term(int year, Term term) {
    FuzzyDate date = of_year(year);
    date.precision = Precision::term;
    date.term = term;
    return date;
}

// A smaller rank is more precise, and sorts first at the same first day.
int precision_rank(Precision precision) {
    switch (precision) {
        case Precision::day: return 0;
        case Precision::month: return 1;
        case Precision::term: return 2;
        case Precision::year: return 3;
    }
    return 4;
}

std::string four_digits(int year) {
    std::string digits = std::to_string(year);
    if (year >= 0 && digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
    return digits;
}

std::string two_digits(int value) { return (value >= 0 && value < 10 ? "0" : "") + std::to_string(value); }

}  // namespace

FuzzyDate FuzzyDate::of_day(const CivilDate& date) {
    FuzzyDate fuzzy;
    fuzzy.precision = Precision::day;
    fuzzy.year = date.year;
    fuzzy.month = date.month;
    fuzzy.day = date.day;
    return fuzzy;
}

CivilDate FuzzyDate::first_day() const {
    switch (precision) {
        case Precision::year: return {year, 1, 1};
        case Precision::term: return {year, term == Term::spring ? 1 : 7, 1};
        case Precision::month: return {year, month, 1};
        case Precision::day: return {year, month, day};
    }
    return {year, 1, 1};
}

CivilDate FuzzyDate::last_day() const {
    switch (precision) {
        case Precision::year: return {year, 12, 31};
        case Precision::term: return term == Term::spring ? CivilDate{year, 6, 30} : CivilDate{year, 12, 31};
        case Precision::month: return {year, month, days_in_month(year, month)};
        case Precision::day: return {year, month, day};
    }
    return {year, 12, 31};
}

std::strong_ordering compare(const FuzzyDate& a, const FuzzyDate& b) {
    if (const auto c = a.first_day() <=> b.first_day(); c != 0) return c;
    if (const auto c = precision_rank(a.precision) <=> precision_rank(b.precision); c != 0) return c;
    // Equal first day and precision means the same fact; the fields that
    // precision ignores break the tie so the order agrees with ==.
    return std::tie(a.year, a.month, a.day, a.term) <=> std::tie(b.year, b.month, b.day, b.term);
}

std::optional<FuzzyDate> parse_fuzzy_date(std::string_view text) {
    // "HT 2019", "VT2019": the term first, as Swedish school papers write it.
    if (text.size() >= 6 && (text.starts_with("HT") || text.starts_with("VT"))) {
        std::string_view rest = text.substr(2);
        if (rest.front() == ' ') rest.remove_prefix(1);
        const auto year = parse_year(rest);
        if (!year) return std::nullopt;
        return of_term(*year, text.front() == 'H' ? Term::autumn : Term::spring);
    }

    const auto year = parse_year(text.substr(0, 4));
    if (!year) return std::nullopt;
    if (text.size() == 4) return of_year(*year);
    if (text[4] != '-') return std::nullopt;
    const std::string_view rest = text.substr(5);

    if (const auto term = parse_term(rest)) return of_term(*year, *term);
    if (rest.size() == 2) {
        const auto month = parse_digits(rest);
        if (!month || *month < 1 || *month > 12) return std::nullopt;
        FuzzyDate date = of_year(*year);
        date.precision = Precision::month;
        date.month = *month;
        return date;
    }
    if (const auto day = parse_iso_date(text)) return FuzzyDate::of_day(*day);
    return std::nullopt;
}

std::string to_data_string(const FuzzyDate& date) {
    std::string year = four_digits(date.year);
    switch (date.precision) {
        case Precision::year: return year;
        case Precision::term: return year + (date.term == Term::spring ? "-spring" : "-autumn");
        case Precision::month: return year + "-" + two_digits(date.month);
        case Precision::day: return year + "-" + two_digits(date.month) + "-" + two_digits(date.day);
    }
    return year;
}

}  // namespace netadmin::time
