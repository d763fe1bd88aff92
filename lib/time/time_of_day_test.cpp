// Tests for times of day.
#include "time/time_of_day.hpp"

#include <doctest/doctest.h>

using namespace netadmin::time;

TEST_SUITE("time::time_of_day") {
    TEST_CASE("the accepted notations give minutes since midnight") {
        CHECK(parse_time_of_day("08:30") == TimeOfDay{510});
        CHECK(parse_time_of_day("8:30") == TimeOfDay{510});
        CHECK(parse_time_of_day("08:30:00") == TimeOfDay{510});
        CHECK(parse_time_of_day("08.30") == TimeOfDay{510});
        CHECK(parse_time_of_day("00:00") == TimeOfDay{0});
        CHECK(parse_time_of_day("23:59") == TimeOfDay{1439});
        CHECK(parse_time_of_day("0:05") == TimeOfDay{5});
    }

    TEST_CASE("out of range and malformed times are rejected") {
        for (const char* text : {"24:00", "8:60",   "08:30:15", "",        "8",           "08",       "0830",
                                 "08:3",  "08:300", "008:30",   "08:30:0", "08:30:00:00", "08.30:00", "08-30",
                                 "ab:cd", " 08:30", "08:30 ",   "-1:30",   "99:99",       ":30",      "08:"}) {
            CAPTURE(text);
            CHECK_FALSE(parse_time_of_day(text).has_value());
        }
    }

    TEST_CASE("hour and minute accessors") {
        const TimeOfDay time{13 * 60 + 7};
        CHECK(time.hour() == 13);
        CHECK(time.minute() == 7);
    }

    TEST_CASE("data string is zero-padded HH:MM") {
        CHECK(to_data_string(TimeOfDay{510}) == "08:30");
        CHECK(to_data_string(TimeOfDay{0}) == "00:00");
        CHECK(to_data_string(TimeOfDay{1439}) == "23:59");
        CHECK(to_data_string(*parse_time_of_day("8.05")) == "08:05");
    }

    TEST_CASE("times order by minutes") {
        CHECK(TimeOfDay{60} < TimeOfDay{61});
        CHECK(*parse_time_of_day("9:00") < *parse_time_of_day("10:00"));
    }
}
