#include "report/programme_report.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

report::ProgrammeView efbt(time::CivilDate today) {
    static const auto loaded =
        load::load_registry(testing::source_data_dir() / "registry", testing::source_data_dir() / "reference");
    return report::build_programme_view(loaded.registry, *loaded.registry.programme("en-forelder-blir-till"), today);
}

}  // namespace

TEST_SUITE("report::programme_report") {
    TEST_CASE("sessions before today are held and the next one is marked") {
        const auto view = efbt({2023, 12, 20});
        REQUIRE(view.programme.sessions.size() == 4);
        CHECK(view.sessions_held == 2);
        CHECK(view.programme.sessions[1].held);
        CHECK_FALSE(view.programme.sessions[2].held);
        REQUIRE(view.next_session);
        CHECK(*view.next_session == 2);
    }
    TEST_CASE("before the first session nothing is held and the deadline may still be open") {
        const auto view = efbt({2023, 8, 30});
        CHECK(view.sessions_held == 0);
        REQUIRE(view.registration);
        CHECK_FALSE(view.registration->deadline_passed);
        CHECK(efbt({2023, 8, 31}).registration->deadline_passed);
    }
    TEST_CASE("after the last session there is no next session") {
        const auto view = efbt({2024, 6, 1});
        CHECK(view.sessions_held == 4);
        CHECK_FALSE(view.next_session);
    }
    TEST_CASE("the invitation's facts are all there") {
        const auto view = efbt({2023, 9, 1});
        CHECK(view.themes.size() == 6);
        CHECK(view.themes[0].focus);
        CHECK_FALSE(view.themes[5].focus);
        REQUIRE(view.trained);
        CHECK(view.trained->approx == model::Approx::nearly);
        CHECK(view.trained->value == 800);
        REQUIRE(view.venue);
        CHECK(view.venue->building == "Rosenlunds vårdcentrum");
        CHECK(view.catering.size() == 3);
        CHECK(view.registration->channel == "Lärandekalendern");
        CHECK(view.quotes.size() == 3);
        CHECK(view.reading_hours_per_month == 1);
        REQUIRE(view.contacts.size() == 1);
        CHECK(view.contacts[0].organisation == "Kommunal utveckling");
        CHECK(view.programme.sessions[0].themes.size() == 3);
        CHECK(view.programme.sessions[0].themes[0] == "Normmedvetenhet");
    }
}
