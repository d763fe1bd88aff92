#include "report/region_report.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace netadmin;

namespace {

const load::LoadResult& bundled() {
    static const auto loaded =
        load::load_registry(testing::source_data_dir() / "registry", testing::source_data_dir() / "reference");
    return loaded;
}

report::RegionView norrbotten(time::CivilDate today = {2026, 11, 23}) {
    const auto& registry = bundled().registry;
    return report::build_region_view(registry, *registry.region("norrbotten"), today);
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

TEST_SUITE("report::region_report") {
    TEST_CASE("the Norrbotten view carries the county's 14 municipalities and the seed's figures") {
        REQUIRE(bundled().ok());
        const auto view = norrbotten();
        CHECK(view.municipalities.size() == 14);
        REQUIRE(view.births_per_year);
        CHECK(view.births_per_year->value == 2500);
        CHECK(view.births_per_year->approx == model::Approx::about);
        REQUIRE(view.area_share_percent);
        CHECK(view.area_share_percent->value == 25);
        CHECK(view.county_name == "Norrbottens län");
    }
    TEST_CASE("centres come grouped by kind with the full ones first") {
        const auto view = norrbotten();
        REQUIRE(view.centres.size() == 5);
        CHECK(view.full_centres == 2);
        CHECK(view.similar_centres == 3);
        CHECK(view.centres[0].kind == model::CentreKind::full);
        CHECK(view.centres[1].kind == model::CentreKind::full);
        CHECK(view.centres[4].name == "Familjecentralsliknande verksamhet i Övertorneå");
        const auto kalix = std::find_if(view.centres.begin(), view.centres.end(),
                                        [](const auto& c) { return c.municipality == "Kalix"; });
        REQUIRE(kalix != view.centres.end());
        REQUIRE(kalix->opened);
        CHECK(kalix->opened->year == 2009);
    }
    TEST_CASE("municipalities split into with a full centre, only similar and none") {
        const auto view = norrbotten();
        CHECK(view.municipalities_with_full == std::vector<std::string>{"Haparanda", "Kalix"});
        CHECK(view.municipalities_with_only_similar == std::vector<std::string>{"Luleå", "Piteå", "Övertorneå"});
        CHECK(view.municipalities_without_centre.size() == 9);
        CHECK(contains(view.municipalities_without_centre, "Kiruna"));
        CHECK_FALSE(contains(view.municipalities_without_centre, "Kalix"));
        // Swedish order: Å, Ä, Ö after Z.
        CHECK(view.municipalities_without_centre.back() == "Överkalix");
    }
    TEST_CASE("network meetings split into past and upcoming relative to today") {
        const auto view = norrbotten();
        REQUIRE(view.networks.size() == 1);
        const auto& network = view.networks[0];
        CHECK(network.past.size() == 2);
        REQUIRE(network.upcoming.size() == 1);
        CHECK(network.upcoming[0].place == "Haparanda");
        CHECK_FALSE(network.upcoming[0].date);
        const auto kalix = std::find_if(network.past.begin(), network.past.end(),
                                        [](const auto& m) { return m.id == "norrbotten-natverkstraff-2019"; });
        REQUIRE(kalix != network.past.end());
        CHECK(kalix->speakers.size() == 2);
        CHECK(kalix->resources.size() == 1);
    }
    TEST_CASE("a meeting on today is not yet held") {
        const auto view = norrbotten({2019, 5, 10});
        const auto& upcoming = view.networks[0].upcoming;
        CHECK(std::any_of(upcoming.begin(), upcoming.end(),
                          [](const auto& m) { return m.id == "norrbotten-natverkstraff-2019"; }));
    }
    TEST_CASE("programmes carry their parts in session order") {
        const auto view = norrbotten();
        REQUIRE(view.programmes.size() == 2);
        const auto& fcd = view.programmes[0];
        CHECK(fcd.short_name == "FCD");
        REQUIRE(fcd.sessions.size() == 3);
        CHECK(fcd.sessions[0].session == 1);
        CHECK(fcd.sessions[2].session == 3);
        REQUIRE(fcd.leaders.size() == 1);
        CHECK(fcd.leaders[0].name == "Åsa Ranung");
        CHECK(fcd.leaders[0].organisation == "Aktiv Samhällsutveckling AB");
        CHECK(view.programmes[1].id == "norrbotten-handledning");
    }
    TEST_CASE("contacts without a name keep their address and resources without one say so") {
        const auto view = norrbotten();
        REQUIRE(view.contacts.size() == 1);
        CHECK_FALSE(view.contacts[0].has_name);
        CHECK(view.contacts[0].email == "nina.alakulju@norrbotten.se");
        CHECK(view.resources.size() == 3);
        CHECK(std::all_of(view.resources.begin(), view.resources.end(), [](const auto& r) { return r.url.empty(); }));
    }
}
