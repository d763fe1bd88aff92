// Tests for calendar dates and their arithmetic.
#include "time/civil_date.hpp"

#include <doctest/doctest.h>

using namespace netadmin::time;

TEST_SUITE("time::civil_date") {
    TEST_CASE("leap years follow the Gregorian rule") {
        CHECK(is_leap_year(2024));
        CHECK(is_leap_year(2000));
        CHECK_FALSE(is_leap_year(1900));
        CHECK_FALSE(is_leap_year(2023));
    }

    TEST_CASE("days in month including February") {
        CHECK(days_in_month(2023, 1) == 31);
        CHECK(days_in_month(2023, 4) == 30);
        CHECK(days_in_month(2023, 2) == 28);
        CHECK(days_in_month(2024, 2) == 29);
        CHECK(days_in_month(2023, 12) == 31);
        CHECK(days_in_month(2023, 13) == 0);
    }

    TEST_CASE("validity checks month and day ranges") {
        CHECK(is_valid({2024, 2, 29}));
        CHECK_FALSE(is_valid({2023, 2, 29}));
        CHECK_FALSE(is_valid({2023, 0, 1}));
        CHECK_FALSE(is_valid({2023, 13, 1}));
        CHECK_FALSE(is_valid({2023, 4, 31}));
        CHECK_FALSE(is_valid({2023, 4, 0}));
    }

    TEST_CASE("days from civil matches known day numbers") {
        CHECK(days_from_civil({1970, 1, 1}) == 0);
        CHECK(days_from_civil({1969, 12, 31}) == -1);
        CHECK(days_from_civil({2000, 3, 1}) == 11017);
        CHECK(days_from_civil({1900, 1, 1}) == -25567);
        CHECK(days_from_civil({2200, 12, 31}) == 84370);
        CHECK(days_from_civil({2023, 9, 13}) == 19613);
    }

    TEST_CASE("civil from days inverts days from civil") {
        CHECK(civil_from_days(0) == CivilDate{1970, 1, 1});
        CHECK(civil_from_days(-1) == CivilDate{1969, 12, 31});
        CHECK(civil_from_days(11017) == CivilDate{2000, 3, 1});
        CHECK(civil_from_days(11016) == CivilDate{2000, 2, 29});
        for (std::int64_t day = -800000; day <= 800000; day += 997) {
            CHECK(days_from_civil(civil_from_days(day)) == day);
        }
    }

    TEST_CASE("adding days crosses months years and leap days") {
        CHECK(add_days({2023, 12, 31}, 1) == CivilDate{2024, 1, 1});
        CHECK(add_days({2024, 2, 28}, 1) == CivilDate{2024, 2, 29});
        CHECK(add_days({2024, 3, 1}, -1) == CivilDate{2024, 2, 29});
        CHECK(add_days({2023, 3, 1}, -1) == CivilDate{2023, 2, 28});
        CHECK(add_days({2023, 9, 13}, 0) == CivilDate{2023, 9, 13});
        CHECK(add_days({2023, 1, 1}, 365) == CivilDate{2024, 1, 1});
    }

    TEST_CASE("days between is signed") {
        CHECK(days_between({2023, 1, 1}, {2024, 1, 1}) == 365);
        CHECK(days_between({2024, 1, 1}, {2023, 1, 1}) == -365);
        CHECK(days_between({2024, 1, 1}, {2025, 1, 1}) == 366);
        CHECK(days_between({2023, 9, 13}, {2023, 9, 13}) == 0);
    }

    TEST_CASE("weekday is ISO with Monday zero") {
        CHECK(weekday({1970, 1, 1}) == 3);    // Thursday
        CHECK(weekday({2023, 9, 13}) == 2);   // Wednesday
        CHECK(weekday({2023, 3, 26}) == 6);   // Sunday
        CHECK(weekday({1969, 12, 29}) == 0);  // Monday, before the epoch
        CHECK(weekday({1900, 1, 1}) == 0);    // Monday
    }

    TEST_CASE("parse_iso_date accepts strict real dates") {
        CHECK(parse_iso_date("2019-05-10") == CivilDate{2019, 5, 10});
        CHECK(parse_iso_date("2024-02-29") == CivilDate{2024, 2, 29});
        CHECK(parse_iso_date("0001-01-01") == CivilDate{1, 1, 1});
    }

    TEST_CASE("parse_iso_date rejects malformed and impossible dates") {
        for (const char* text :
             {"", "2019-5-10", "2019-05-1", "19-05-10", "2019/05/10", "2019-05-10 ", " 2019-05-10", "2019-02-30",
              "2023-02-29", "2019-13-01", "2019-00-10", "2019-05-00", "2019-05-1x", "+019-05-10", "2019-05-10T00"}) {
            CAPTURE(text);
            CHECK_FALSE(parse_iso_date(text).has_value());
        }
    }

    TEST_CASE("to_iso pads every field") {
        CHECK(to_iso({2019, 5, 1}) == "2019-05-01");
        CHECK(to_iso({987, 12, 31}) == "0987-12-31");
        CHECK(to_iso(*parse_iso_date("2023-09-13")) == "2023-09-13");
    }

    TEST_CASE("the day of a date or date-time as systems export it") {
        CHECK(parse_iso_date_time_day("2023-08-15") == CivilDate{2023, 8, 15});
        CHECK(parse_iso_date_time_day("2023-08-15 10:22") == CivilDate{2023, 8, 15});
        CHECK(parse_iso_date_time_day("2023-08-15T10:22:31.250Z") == CivilDate{2023, 8, 15});
        CHECK(parse_iso_date_time_day("2023-08-15T23:59:59+02:00") == CivilDate{2023, 8, 15});
        CHECK_FALSE(parse_iso_date_time_day("2025-02-30"));
        CHECK_FALSE(parse_iso_date_time_day("31/12/2026"));
        CHECK_FALSE(parse_iso_date_time_day("2023-08-15 25:00"));
        CHECK_FALSE(parse_iso_date_time_day("2023-08-15 10:2"));
        CHECK_FALSE(parse_iso_date_time_day("2023-08-15 10:22:"));
        CHECK_FALSE(parse_iso_date_time_day("2023-08-15 10:22 igår"));
        CHECK_FALSE(parse_iso_date_time_day("2023-08-15x"));
    }
}
