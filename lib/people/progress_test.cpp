// Programme progress and sign-in rows from a real state database and a
// registry in memory.
#include "people/progress.hpp"

#include "people/sign_in.hpp"
#include "state/state_error.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;
using netadmin::state::unwrap;

namespace {

constexpr const char* kRegistry = R"(
[[source]]
id = "s"
title = "Source"

[region]
id = "north"
county = "25"
sources = ["s"]

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
sources = ["s"]

[[centre]]
id = "lulea"
name = "Familjecentralen i Luleå"
municipality = "Luleå"
sources = ["s"]

[[centre]]
id = "boden"
name = "Familjecentralen i Boden"
municipality = "Boden"
sources = ["s"]

[[programme]]
id = "course"
name = "Course"
trained = "nearly 800"
participants = ["lulea", "kalix", "boden"]
sources = ["s"]

[[meeting]]
id = "s1"
kind = "programme-session"
title = "One"
programme = "course"
session = 1
date = 2023-09-13
place = "Kalix"
sources = ["s"]

[[meeting]]
id = "s2"
kind = "programme-session"
title = "Two"
programme = "course"
session = 2
date = 2023-12-12
sources = ["s"]
)";

const model::Registry& registry() {
    static const auto result = testing::load_toml({{"north.toml", kRegistry}});
    REQUIRE_FALSE(result.diagnostics.has_errors());
    return result.registry;
}

constexpr std::int64_t kNow = 1699999999;

std::vector<state::RegistrationRow> thirty() {
    std::vector<state::RegistrationRow> rows;
    for (int i = 0; i < 30; ++i) {
        const bool kalix = i < 20;
        rows.push_back({"course",
                        "p" + std::to_string(i) + "@example.se",
                        "Person " + std::to_string(i),
                        kalix ? "kalix" : "lulea",
                        {},
                        kalix ? "Kalix" : "Luleå",
                        "2023-08-01",
                        {}});
    }
    return rows;
}

}  // namespace

TEST_SUITE("people::progress") {
    TEST_CASE("nothing recorded: no progress, the report stays as it was") {
        testing::TempDir dir;
        auto db = unwrap(state::StateDb::open_for_writing(dir.path() / "state.db"));
        state::Participants participants(*db);
        CHECK_FALSE(unwrap(people::programme_progress(registry(), *registry().programme("course"), participants)));
    }

    TEST_CASE("30 registered and 25 present at the first session") {
        testing::TempDir dir;
        auto db = unwrap(state::StateDb::open_for_writing(dir.path() / "state.db"));
        state::Participants participants(*db);
        unwrap(participants.import_registrations(thirty(), kNow));
        std::vector<state::AttendanceRow> present;
        for (int i = 0; i < 24; ++i) present.push_back({"s1", "p" + std::to_string(i) + "@example.se", "", false});
        present.push_back({"s1", "guest@example.se", "Guest", true});
        unwrap(participants.record_attendance(present, kNow));
        const auto progress =
            unwrap(people::programme_progress(registry(), *registry().programme("course"), participants));
        REQUIRE(progress);
        REQUIRE(progress->sessions.size() == 2);
        CHECK(progress->sessions[0].registered == 30);
        CHECK(progress->sessions[0].present == 25);
        CHECK(progress->sessions[0].walk_ins == 1);
        CHECK(progress->sessions[0].recorded);
        CHECK_FALSE(progress->sessions[1].recorded);
        CHECK(progress->registered == 30);
        CHECK(progress->trained == 24);  // every session with names recorded: only the first
        REQUIRE(progress->centres.size() == 2);
        CHECK(progress->centres[0].name == "Familjecentralen i Kalix");
        CHECK(progress->centres[0].registered == 20);
        CHECK(progress->centres[0].trained == 20);
        CHECK(progress->centres[1].trained == 4);
        REQUIRE(progress->municipalities.size() == 2);
        CHECK(progress->municipalities[1].name == "Luleå");
        CHECK(progress->missed.empty());
        CHECK(progress->stated_trained.has_value());
        // Boden takes part, and nobody from it has registered yet.
        REQUIRE(progress->unregistered.size() == 1);
        CHECK(progress->unregistered[0].id == "boden");
        CHECK(progress->unregistered[0].name == "Familjecentralen i Boden");

        auto view = report::build_programme_view(registry(), *registry().programme("course"), {2023, 9, 20});
        CHECK(view.sessions_held == 0);
        people::mark_held(view, *progress);
        CHECK(view.sessions_held == 1);
        CHECK(view.programme.sessions[0].held);
    }

    TEST_CASE("a centre that missed a session, and a count only") {
        testing::TempDir dir;
        auto db = unwrap(state::StateDb::open_for_writing(dir.path() / "state.db"));
        state::Participants participants(*db);
        unwrap(participants.import_registrations(thirty(), kNow));
        unwrap(participants.record_attendance({{"s1", "p0@example.se", "", false},
                                               {"s1", "p25@example.se", "", false},
                                               {"s2", "p0@example.se", "", false}},
                                              kNow));
        auto progress = unwrap(people::programme_progress(registry(), *registry().programme("course"), participants));
        REQUIRE(progress);
        CHECK(progress->trained == 1);
        REQUIRE(progress->missed.size() == 1);
        CHECK(progress->missed[0].centre == "Familjecentralen i Luleå");
        CHECK(progress->missed[0].sessions == std::vector<std::string>{"Two"});

        testing::TempDir other;
        auto counted_db = unwrap(state::StateDb::open_for_writing(other.path() / "state.db"));
        state::Participants counted(*counted_db);
        unwrap(counted.record_count("s2", "ett 30-tal", kNow));
        progress = unwrap(people::programme_progress(registry(), *registry().programme("course"), counted));
        REQUIRE(progress);
        CHECK(progress->sessions[1].count == "ett 30-tal");
        CHECK(progress->sessions[1].recorded);
    }
}

TEST_SUITE("people::sign_in") {
    TEST_CASE("registered people and walk-ins, 30 names a page") {
        std::vector<state::RegistrationRow> registered;
        for (int i = 0; i < 31; ++i) {
            registered.push_back({"course",
                                  "p" + std::to_string(i) + "@example.se",
                                  "Ö " + std::to_string(i),
                                  i == 0 ? "kalix" : "",
                                  i == 0 ? "" : "BVC <Ost>",
                                  {},
                                  {},
                                  {}});
        }
        registered.push_back({"course", "a@example.se", "Åsa", {}, {}, {}, {}, {}});
        const auto rows = people::sign_in_rows(registry(), registered, {{"s1", "zed@example.se", "Zed", true}});
        REQUIRE(rows.size() == 33);
        CHECK(rows[0].name == "Zed");  // Z before Å, Ä, Ö
        CHECK(rows[0].present == true);
        CHECK_FALSE(rows[0].registered);
        CHECK(rows[1].name == "Åsa");
        CHECK(rows[1].present == false);
        CHECK(rows[2].name == "Ö 0");
        CHECK(rows[2].workplace == "Familjecentralen i Kalix");  // the centre's name
        const auto table = people::sign_in_table(rows, i18n::Language::en);
        CHECK(table.rows.size() == 33);
        CHECK(table.rows[0][4].data == "true");
    }
}
