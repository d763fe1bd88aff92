// Tests for dates of year, term, month or day precision.
#include "time/fuzzy_date.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using namespace netadmin::time;

namespace {

FuzzyDate parsed(std::string_view text) {
    const auto date = parse_fuzzy_date(text);
    REQUIRE_MESSAGE(date.has_value(), text);
    return *date;
}

}  // namespace

TEST_SUITE("time::fuzzy_date") {
    TEST_CASE("a plain year has year precision") {
        const FuzzyDate date = parsed("2010");
        CHECK(date.precision == Precision::year);
        CHECK(date.year == 2010);
        CHECK_FALSE(date.has_day());
    }

    TEST_CASE("year and month has month precision") {
        const FuzzyDate date = parsed("2018-05");
        CHECK(date.precision == Precision::month);
        CHECK(date.year == 2018);
        CHECK(date.month == 5);
    }

    TEST_CASE("a full ISO date has day precision") {
        const FuzzyDate date = parsed("2019-05-10");
        CHECK(date.has_day());
        CHECK(date == FuzzyDate::of_day({2019, 5, 10}));
        CHECK(date.first_day() == CivilDate{2019, 5, 10});
        CHECK(date.last_day() == CivilDate{2019, 5, 10});
    }

    TEST_CASE("English and Swedish term forms") {
        for (const char* text : {"2019-autumn", "HT 2019", "HT2019", "2019-HT"}) {
            CAPTURE(text);
            const FuzzyDate date = parsed(text);
            CHECK(date.precision == Precision::term);
            CHECK(date.year == 2019);
            CHECK(date.term == Term::autumn);
        }
        for (const char* text : {"2019-spring", "VT 2019", "VT2019", "2019-VT"}) {
            CAPTURE(text);
            const FuzzyDate date = parsed(text);
            CHECK(date.precision == Precision::term);
            CHECK(date.term == Term::spring);
        }
    }

    TEST_CASE("years are limited to 1900 through 2200") {
        CHECK(parse_fuzzy_date("1900").has_value());
        CHECK(parse_fuzzy_date("2200-12-31").has_value());
        CHECK_FALSE(parse_fuzzy_date("1899").has_value());
        CHECK_FALSE(parse_fuzzy_date("2201").has_value());
        CHECK_FALSE(parse_fuzzy_date("1899-12-31").has_value());
        CHECK_FALSE(parse_fuzzy_date("HT 2201").has_value());
    }

    TEST_CASE("invalid and malformed dates are rejected") {
        for (const char* text : {"",         "2019-13",      "2019-00",     "2019-02-30", "19-05-10", "2019-5-1",
                                 "2019-5",   "2019-05-1",    "2019-05-10x", "2019x",      "2019-",    "20190",
                                 "2019-05-", "2019-autumnx", "2019-Autumn", "2019 HT",    "HT  2019", "HT 19",
                                 "HT-2019",  "ht 2019",      "XT 2019",     " 2019",      "2019 ",    "maj 2018",
                                 "2019-W12", "-2019"}) {
            CAPTURE(text);
            CHECK_FALSE(parse_fuzzy_date(text).has_value());
        }
    }

    TEST_CASE("first and last day of each precision") {
        CHECK(parsed("2019").first_day() == CivilDate{2019, 1, 1});
        CHECK(parsed("2019").last_day() == CivilDate{2019, 12, 31});
        CHECK(parsed("VT 2019").first_day() == CivilDate{2019, 1, 1});
        CHECK(parsed("VT 2019").last_day() == CivilDate{2019, 6, 30});
        CHECK(parsed("HT 2019").first_day() == CivilDate{2019, 7, 1});
        CHECK(parsed("HT 2019").last_day() == CivilDate{2019, 12, 31});
        CHECK(parsed("2024-02").first_day() == CivilDate{2024, 2, 1});
        CHECK(parsed("2024-02").last_day() == CivilDate{2024, 2, 29});
        CHECK(parsed("2023-02").last_day() == CivilDate{2023, 2, 28});
        CHECK(parsed("2023-04").last_day() == CivilDate{2023, 4, 30});
    }

    TEST_CASE("compare orders by first day then precision") {
        CHECK(compare(parsed("2019-07-01"), parsed("2019-07")) < 0);
        CHECK(compare(parsed("2019-07"), parsed("2019-autumn")) < 0);
        CHECK(compare(parsed("2019-07-01"), parsed("2019-autumn")) < 0);
        CHECK(compare(parsed("2019-autumn"), parsed("2019-07")) > 0);
        CHECK(compare(parsed("2019-spring"), parsed("2019")) < 0);
        CHECK(compare(parsed("2019"), parsed("2019-01-02")) < 0);  // earlier first day wins
        CHECK(compare(parsed("2018-12-31"), parsed("2019")) < 0);
        CHECK(compare(parsed("HT 2019"), parsed("2019-autumn")) == 0);
    }

    TEST_CASE("sorting a mix of precisions") {
        std::vector<FuzzyDate> dates = {parsed("2020"),        parsed("2019-autumn"), parsed("2019-07"),
                                        parsed("2019"),        parsed("2019-07-01"),  parsed("2019-01-01"),
                                        parsed("2019-spring"), parsed("2019-01"),     parsed("2019-06-30")};
        std::sort(dates.begin(), dates.end(), [](const auto& a, const auto& b) { return compare(a, b) < 0; });
        std::vector<std::string> order;
        for (const auto& date : dates) order.push_back(to_data_string(date));
        const std::vector<std::string> expected = {"2019-01-01", "2019-01", "2019-spring", "2019", "2019-06-30",
                                                   "2019-07-01", "2019-07", "2019-autumn", "2020"};
        CHECK(order == expected);
    }

    TEST_CASE("canonical data strings") {
        CHECK(to_data_string(parsed("2019")) == "2019");
        CHECK(to_data_string(parsed("2019-05")) == "2019-05");
        CHECK(to_data_string(parsed("HT2019")) == "2019-autumn");
        CHECK(to_data_string(parsed("2019-VT")) == "2019-spring");
        CHECK(to_data_string(parsed("2019-05-01")) == "2019-05-01");
        CHECK(to_data_string(FuzzyDate::of_day({2023, 12, 1})) == "2023-12-01");
    }
}
