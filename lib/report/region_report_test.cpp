#include "report/region_report.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace netadmin;

namespace {

// A small region in memory (with the real reference data), so that the
// tests pin the view's rules, not the bundled registry's facts.
constexpr const char* kRegion = R"(
[[source]]
id = "page"
title = "The network's page"
published = "2019-05"

[[source]]
id = "later"
title = "A later letter"
accessed = 2020-02-01

[region]
id = "norrbotten"
county = "25"
sources = ["page"]
births_per_year = "about 2500"
area_share_percent = "about 25"
contacts = ["nina"]

[[person]]
id = "nina"
email = "nina@example.se"
sources = ["page"]

[[person]]
id = "asa"
name = "Åsa"
organisation = "aktiv"
sources = ["page"]

[[organisation]]
id = "aktiv"
name = "Aktiv AB"
sources = ["later"]

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
kind = "full"
opened = 2009
sources = ["page"]

[[centre]]
id = "haparanda"
name = "Familjecentralen i Haparanda"
municipality = "Haparanda"
kind = "full"
sources = ["page"]

[[centre]]
id = "pitea"
name = "Piteå"
municipality = "Piteå"
kind = "similar"
sources = ["page"]

[[network]]
id = "net"
name = "Nätverket"
sources = ["page"]

[[meeting]]
id = "held-2019"
kind = "network-meeting"
title = "Held"
network = "net"
date = 2019-05-10
status = "held"
sources = ["page"]

[[meeting]]
id = "autumn-2019"
kind = "coordinators-meeting"
title = "Not recorded"
network = "net"
date = "2019-autumn"
sources = ["page"]

[[meeting]]
id = "later-2030"
kind = "network-meeting"
title = "Later"
network = "net"
date = 2030-05-01
sources = ["page"]

[[meeting]]
id = "undated"
kind = "network-meeting"
title = "Undated"
network = "net"
place = "Haparanda"
sources = ["page"]

[[programme]]
id = "fcd"
name = "Dialogen"
leaders = ["asa"]
parts = 3
sources = ["page"]
)";

const auto& loaded() {
    static const auto result = testing::load_toml({{"nb.toml", kRegion}});
    return result;
}

report::RegionView view(time::CivilDate today = {2026, 12, 2}) {
    const auto& registry = loaded().registry;
    return report::build_region_view(registry, *registry.region("norrbotten"), today);
}

}  // namespace

TEST_SUITE("report::region_report") {
    TEST_CASE("the view carries the county's municipalities and the region's figures") {
        REQUIRE(loaded().ok());
        const auto v = view();
        CHECK(v.municipalities.size() == 14);
        REQUIRE(v.births_per_year);
        CHECK(v.births_per_year->approx == model::Approx::about);
        CHECK(v.county_name == "Norrbottens län");
    }
    TEST_CASE("centres come grouped by kind with the full ones first") {
        const auto v = view();
        REQUIRE(v.centres.size() == 3);
        CHECK(v.full_centres == 2);
        CHECK(v.similar_centres == 1);
        CHECK(v.centres[2].entity->kind == model::CentreKind::similar);
        CHECK(v.municipalities_with_full == std::vector<std::string>{"Haparanda", "Kalix"});
        CHECK(v.municipalities_without_centre.back() == "Övertorneå");
    }
    TEST_CASE("only a recorded outcome makes a meeting held") {
        const auto v = view();
        const auto& network = v.networks.at(0);
        REQUIRE(network.past.size() == 2);
        CHECK(network.past[0].held);
        CHECK(network.past[1].entity->id == "autumn-2019");
        CHECK_FALSE(network.past[1].held);
        CHECK(network.past[1].date_passed);
    }
    TEST_CASE("the next meeting is the first to come, and only one is next") {
        const auto v = view();
        const auto& upcoming = v.networks.at(0).upcoming;
        REQUIRE(upcoming.size() == 2);
        CHECK(upcoming[0].entity->id == "later-2030");
        CHECK(upcoming[0].next);
        CHECK_FALSE(upcoming[1].next);
    }
    TEST_CASE("a meeting on today is not past, and a recorded one is held whatever the date") {
        const auto v = view({2019, 5, 10});
        const auto& network = v.networks.at(0);
        const auto held = std::find_if(network.past.begin(), network.past.end(),
                                       [](const auto& m) { return m.entity->id == "held-2019"; });
        REQUIRE(held != network.past.end());
        CHECK_FALSE(held->date_passed);
        CHECK(network.upcoming.at(0).entity->id == "autumn-2019");
        CHECK(network.upcoming.at(0).next);
    }
    TEST_CASE("sources are those of what the report shows, and the as-of date is their latest") {
        const auto v = view();
        REQUIRE(v.sources.size() == 2);
        CHECK(v.sources[0].id == "page");
        CHECK(v.sources[1].id == "later");  // through the leader's organisation
        REQUIRE(v.as_of);
        CHECK(time::to_data_string(*v.as_of) == "2020-02-01");
    }
    TEST_CASE("programmes carry their parts and leaders") {
        const auto v = view();
        REQUIRE(v.programmes.size() == 1);
        REQUIRE(v.programmes[0].parts);
        CHECK(v.programmes[0].parts->value == 3);
        CHECK(v.programmes[0].leaders.at(0).organisation == "Aktiv AB");
    }
    TEST_CASE("contacts without a name keep their address") {
        const auto v = view();
        REQUIRE(v.contacts.size() == 1);
        CHECK_FALSE(v.contacts[0].has_name);
        CHECK(v.contacts[0].email == "nina@example.se");
    }
}
