#include "i18n/dates.hpp"

#include <doctest/doctest.h>

using namespace netadmin;
using i18n::Language;

TEST_SUITE("i18n::dates") {
    TEST_CASE("Swedish dates are lowercase with the weekday first") {
        CHECK(i18n::format_day(Language::sv, {2023, 9, 13}, true) == "onsdag 13 september 2023");
        CHECK(i18n::format_day(Language::en, {2023, 9, 13}, true) == "Wednesday 13 September 2023");
        CHECK(i18n::format_day(Language::sv, {2024, 2, 29}) == "29 februari 2024");
    }
    TEST_CASE("Swedish times use kl. and a full stop, English a colon and leading zero") {
        const auto start = time::TimeOfDay{8 * 60 + 30};
        const auto end = time::TimeOfDay{16 * 60};
        CHECK(i18n::format_time_range(Language::sv, start, end) == "kl. 8.30–16.00");
        CHECK(i18n::format_time_range(Language::en, start, end) == "08:30–16:00");
        CHECK(i18n::format_time_range(Language::sv, start, std::nullopt) == "kl. 8.30");
        CHECK(i18n::format_time_range(Language::sv, std::nullopt, std::nullopt).empty());
    }
    TEST_CASE("facts known to the month or term are shown that way") {
        time::FuzzyDate month{time::Precision::month, 2018, 5, 1, time::Term::spring};
        time::FuzzyDate term{time::Precision::term, 2019, 1, 1, time::Term::autumn};
        CHECK(i18n::format_fuzzy_date(Language::sv, month) == "maj 2018");
        CHECK(i18n::format_fuzzy_date(Language::en, month) == "May 2018");
        CHECK(i18n::format_fuzzy_date(Language::sv, term) == "HT 2019");
        CHECK(i18n::format_fuzzy_date(Language::en, term) == "autumn 2019");
    }
}
