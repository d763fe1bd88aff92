// Tests for Europe/Stockholm local time by the EU rule.
#include "time/stockholm.hpp"

#include <doctest/doctest.h>

using namespace netadmin::time;

TEST_SUITE("time::stockholm") {
    TEST_CASE("change-over days are the last Sundays of March and October") {
        CHECK(summer_time_start(2023) == CivilDate{2023, 3, 26});
        CHECK(summer_time_end(2023) == CivilDate{2023, 10, 29});
        CHECK(summer_time_start(2024) == CivilDate{2024, 3, 31});
        CHECK(summer_time_end(2024) == CivilDate{2024, 10, 27});
        CHECK(summer_time_start(2026) == CivilDate{2026, 3, 29});
        CHECK(summer_time_end(2026) == CivilDate{2026, 10, 25});
    }

    TEST_CASE("summer time starts at 01:00 UTC on the spring day") {
        CHECK(stockholm_utc_offset_minutes(1679792400 - 1) == 60);  // 2023-03-26 00:59:59Z
        CHECK(stockholm_utc_offset_minutes(1679792400) == 120);     // 2023-03-26 01:00:00Z
    }

    TEST_CASE("summer time ends at 01:00 UTC on the autumn day") {
        CHECK(stockholm_utc_offset_minutes(1698541200 - 1) == 120);  // 2023-10-29 00:59:59Z
        CHECK(stockholm_utc_offset_minutes(1698541200) == 60);       // 2023-10-29 01:00:00Z
    }

    TEST_CASE("offset in deep winter and summer and before the epoch") {
        CHECK(stockholm_utc_offset_minutes(0) == 60);
        CHECK(stockholm_utc_offset_minutes(1694586600) == 120);  // 2023-09-13
        CHECK(stockholm_utc_offset_minutes(-299851200) == 120);  // 1960-07-01, rule applied throughout
        CHECK(stockholm_utc_offset_minutes(1704065400) == 60);   // 2023-12-31 23:30Z
    }

    TEST_CASE("the Stockholm date runs ahead of UTC late in the evening") {
        CHECK(stockholm_date(1694557800) == CivilDate{2023, 9, 13});   // 2023-09-12T22:30Z
        CHECK(stockholm_date(1702337400) == CivilDate{2023, 12, 12});  // 2023-12-11T23:30Z
        CHECK(stockholm_date(1702337400 - 3600) == CivilDate{2023, 12, 11});
        CHECK(stockholm_date(1704065400) == CivilDate{2024, 1, 1});  // New Year's night
        CHECK(stockholm_date(-1) == CivilDate{1970, 1, 1});          // 00:59:59 local
        CHECK(stockholm_date(-3601) == CivilDate{1969, 12, 31});
    }

    TEST_CASE("wall-clock times convert to instants") {
        CHECK(stockholm_to_unix({2023, 9, 13}, TimeOfDay{8 * 60 + 30}) == 1694586600);
        CHECK(stockholm_to_unix({2023, 12, 12}, TimeOfDay{8 * 60 + 30}) == 1702366200);
        CHECK(stockholm_to_unix({1970, 1, 1}, TimeOfDay{60}) == 0);
    }

    TEST_CASE("times around the spring change") {
        const CivilDate day{2023, 3, 26};
        CHECK(stockholm_to_unix(day, TimeOfDay{1 * 60 + 59}) == 1679792400 - 60);  // 01:59 CET
        CHECK(stockholm_to_unix(day, TimeOfDay{3 * 60}) == 1679792400);            // 03:00 CEST
    }

    TEST_CASE("a skipped spring time is read as summer time an hour later") {
        const CivilDate day{2023, 3, 26};
        // 02:30 does not exist; it means 03:30 CEST = 01:30Z.
        CHECK(stockholm_to_unix(day, TimeOfDay{2 * 60 + 30}) == 1679794200);
        CHECK(stockholm_to_unix(day, TimeOfDay{2 * 60 + 30}) == stockholm_to_unix(day, TimeOfDay{3 * 60 + 30}));
        CHECK(stockholm_to_unix(day, TimeOfDay{2 * 60}) == 1679792400);
    }

    TEST_CASE("a repeated autumn time is read as its first summer pass") {
        const CivilDate day{2023, 10, 29};
        CHECK(stockholm_to_unix(day, TimeOfDay{2 * 60 + 30}) == 1698539400);  // 02:30 CEST = 00:30Z
        CHECK(stockholm_to_unix(day, TimeOfDay{3 * 60 + 30}) == 1698543000 + 3600);
        CHECK(stockholm_to_unix(day, TimeOfDay{1 * 60 + 30}) == 1698539400 - 3600);
    }

    TEST_CASE("local date and time survive a round trip every half hour of a year") {
        for (std::int64_t t = 1672531200; t < 1704067200; t += 1800) {  // all of 2023
            const CivilDate date = stockholm_date(t);
            const std::int64_t local = t + std::int64_t{stockholm_utc_offset_minutes(t)} * 60;
            const TimeOfDay time{static_cast<int>((local % 86400) / 60)};
            CAPTURE(t);
            // The second pass of the autumn hour maps back to its first pass.
            const bool repeated = t >= 1698541200 && t < 1698541200 + 3600;
            CHECK(stockholm_to_unix(date, time) == (repeated ? t - 3600 : t));
        }
    }
}
