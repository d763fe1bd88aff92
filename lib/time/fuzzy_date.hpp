// Dates as precise as the facts behind them: a day (2019-05-10), a month
// ("maj 2018" -> 2018-05), a school term ("HT 2019" -> 2019-autumn) or a
// year (2010). A fact known only to the month never pretends to have a day.
#pragma once

#include "time/civil_date.hpp"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::time {

enum class Precision { year, term, month, day };
enum class Term { spring, autumn };  // vårtermin (Jan–Jun), hösttermin (Jul–Dec)

struct FuzzyDate {
    Precision precision = Precision::day;
    int year = 1970;
    int month = 1;             // meaningful for month and day precision
    int day = 1;               // meaningful for day precision
    Term term = Term::spring;  // meaningful for term precision

    static FuzzyDate of_day(const CivilDate& date);

    bool has_day() const { return precision == Precision::day; }
    // The first and last calendar day the fact may refer to: a month spans
    // its days, spring term Jan 1–Jun 30, autumn term Jul 1–Dec 31.
    CivilDate first_day() const;
    CivilDate last_day() const;

    friend bool operator==(const FuzzyDate&, const FuzzyDate&) = default;
};

// Chronological by first day; at the same first day the more precise fact
// comes first (2019-07-01 before 2019-07 before 2019-autumn). Total order.
std::strong_ordering compare(const FuzzyDate& a, const FuzzyDate& b);

// Accepts "2019", "2019-05", "2019-05-10", "2019-autumn", "2019-spring",
// and the Swedish forms "HT 2019", "VT 2019", "HT2019", "2019-HT", "2019-VT".
// Years 1900..2200. Returns nullopt for anything else (including 2019-02-30).
std::optional<FuzzyDate> parse_fuzzy_date(std::string_view text);

// The canonical data form: "2019", "2019-05", "2019-autumn", "2019-05-10".
std::string to_data_string(const FuzzyDate& date);

}  // namespace netadmin::time
