#include "report/programme_report.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

// A programme of four sessions in memory: the first recorded as held, the
// second not recorded, the third cancelled, the fourth to come.
constexpr const char* kProgramme = R"(
[[source]]
id = "invitation"
title = "Invitation"
published = 2023

[region]
id = "vg"
county = "14"
sources = ["invitation"]

[[venue]]
id = "hall"
name = "Hall"
municipality = "Borås"
inferred = ["municipality"]
inference_note = "The page names no town."
sources = ["invitation"]

[[programme]]
id = "course"
name = "Course"
venue = "hall"
organisers = ["org"]
inferred = ["organisers"]
inference_note = "The page names no organiser."
registration = { deadline = 2023-08-30 }
sources = ["invitation"]

[[organisation]]
id = "org"
name = "Org"
sources = ["invitation"]

[[meeting]]
id = "s1"
kind = "programme-session"
title = "One"
programme = "course"
session = 1
date = 2023-09-13
status = "held"
participants = "about 40"
sources = ["invitation"]

[[meeting]]
id = "s2"
kind = "programme-session"
title = "Two"
programme = "course"
session = 2
date = 2023-12-12
sources = ["invitation"]

[[meeting]]
id = "s3"
kind = "programme-session"
title = "Three"
programme = "course"
session = 3
date = 2024-02-29
status = "cancelled"
sources = ["invitation"]

[[meeting]]
id = "s4"
kind = "conference"
title = "Four"
programme = "course"
session = 4
date = 2024-05-08
sources = ["invitation"]
)";

const auto& loaded() {
    static const auto result = testing::load_toml({{"vg.toml", kProgramme}});
    return result;
}

report::ProgrammeView course(time::CivilDate today) {
    const auto& registry = loaded().registry;
    return report::build_programme_view(registry, *registry.programme("course"), today);
}

}  // namespace

TEST_SUITE("report::programme_report") {
    TEST_CASE("only sessions recorded as held count as held") {
        REQUIRE(loaded().ok());
        const auto view = course({2023, 12, 20});
        REQUIRE(view.programme.sessions.size() == 4);
        CHECK(view.sessions_held == 1);
        CHECK(view.programme.sessions[0].held);
        CHECK_FALSE(view.programme.sessions[1].held);
        CHECK(view.programme.sessions[1].date_passed);
    }
    TEST_CASE("the next session skips the cancelled one and is the only one marked next") {
        const auto view = course({2023, 12, 20});
        REQUIRE(view.next_session);
        CHECK(*view.next_session == 3);
        CHECK(view.programme.sessions[3].next);
        CHECK_FALSE(view.programme.sessions[2].next);
    }
    TEST_CASE("after the last session there is no next session and nothing more is held") {
        const auto view = course({2024, 6, 1});
        CHECK(view.sessions_held == 1);
        CHECK_FALSE(view.next_session);
    }
    TEST_CASE("the deadline passes the day after it") {
        CHECK_FALSE(course({2023, 8, 30}).registration->deadline_passed);
        CHECK(course({2023, 8, 31}).registration->deadline_passed);
    }
    TEST_CASE("inferences reach the view with their evidence") {
        const auto view = course({2023, 9, 1});
        CHECK(view.programme.inference.has("organisers"));
        CHECK(view.programme.inference.note == "The page names no organiser.");
        REQUIRE(view.venue);
        CHECK(view.venue->inference.has("municipality"));
    }
    TEST_CASE("the report's sources and as-of date come from the registry, not from today") {
        const auto view = course({2026, 12, 2});
        REQUIRE(view.sources.size() == 1);
        REQUIRE(view.as_of);
        CHECK(time::to_data_string(*view.as_of) == "2023");
    }
}
