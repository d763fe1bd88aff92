#include "report/coverage_map.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

const report::MapArea* area(const report::CoverageMap& map, const std::string& code) {
    for (const auto& a : map.areas) {
        if (a.code == code) return &a;
    }
    return nullptr;
}

// Norrbotten (county 25, 14 municipalities) with two family centres and
// three similar operations, each in a municipality of its own; Västra
// Götaland (county 14) in the registry without a single centre.
constexpr const char* kNorrbotten = R"(
[region]
id = "norrbotten"
county = "25"
name = "Region Norrbotten"

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
kind = "full"

[[centre]]
id = "haparanda"
name = "Familjecentralen i Haparanda"
municipality = "Haparanda"
kind = "full"

[[centre]]
id = "pitea"
name = "Liknande i Piteå"
municipality = "Piteå"
kind = "similar"

[[centre]]
id = "lulea"
name = "Liknande i Luleå"
municipality = "Luleå"
kind = "similar"

[[centre]]
id = "overtornea"
name = "Liknande i Övertorneå"
municipality = "Övertorneå"
kind = "similar"
)";

constexpr const char* kVastraGotaland = R"(
[region]
id = "vastra-gotaland"
county = "14"
name = "Västra Götalandsregionen"
)";

auto sample() { return testing::load_valid({{"nb.toml", kNorrbotten}, {"vg.toml", kVastraGotaland}}); }

}  // namespace

TEST_SUITE("report::coverage_map") {
    TEST_CASE("a county has all its municipalities, each with the status of its centres") {
        const auto loaded = sample();
        const auto map = report::build_coverage_map(loaded.registry, "25");
        CHECK(map.county_name == "Norrbottens län");
        REQUIRE(map.areas.size() == 14);
        for (const auto* code : {"2514", "2583"}) {
            REQUIRE(area(map, code));
            CHECK(area(map, code)->status == report::MapStatus::full);
        }
        for (const auto* code : {"2580", "2581", "2518"}) {
            REQUIRE(area(map, code));
            CHECK(area(map, code)->status == report::MapStatus::similar);
        }
        CHECK(area(map, "2584")->status == report::MapStatus::none);  // Kiruna
        CHECK(map.counts == std::array<int, 6>{2, 3, 9, 0, 0, 0});
    }

    TEST_CASE("the national map has all 290 and calls a region without data unknown") {
        const auto loaded = sample();
        const auto map = report::build_coverage_map(loaded.registry);
        CHECK(map.county_code.empty());
        REQUIRE(map.areas.size() == 290);
        REQUIRE(area(map, "0180"));
        CHECK(area(map, "0180")->status == report::MapStatus::unknown);  // Stockholm: no region in the registry
        CHECK(map.counts[0] + map.counts[1] + map.counts[2] + map.counts[3] == 290);
        CHECK(map.counts[2] == 9);
    }

    TEST_CASE("a region in the registry that lists no centre is unknown, not none") {
        const auto loaded = sample();
        const auto map = report::build_coverage_map(loaded.registry, "14");  // Västra Götaland
        REQUIRE(map.areas.size() == 49);
        CHECK(map.counts[static_cast<std::size_t>(report::MapStatus::unknown)] == 49);
    }

    TEST_CASE("status names are the data words") {
        CHECK(report::map_status_name(report::MapStatus::full) == "full");
        CHECK(report::map_status_name(report::MapStatus::similar) == "similar");
        CHECK(report::map_status_name(report::MapStatus::none) == "none");
        CHECK(report::map_status_name(report::MapStatus::unknown) == "unknown");
        CHECK(report::map_status_name(report::MapStatus::stated_none) == "stated-none");
        CHECK(report::map_status_name(report::MapStatus::counted) == "counted");
    }

    TEST_CASE("the sources' counts: none as of a date, counted but not listed, and not known") {
        auto loaded = testing::load_valid({{"nb.toml", kNorrbotten}, {"counts.toml", R"(
[[source]]
id = "kartlaggning"
title = "Kartläggning"

[[count]]
id = "gotland"
county = "09"
operations = 0
as_of = 2023
sources = ["kartlaggning"]

[[count]]
id = "skane"
county = "12"
operations = 39
as_of = "2022-12-09"
sources = ["kartlaggning"]

[[count]]
id = "norrbotten-2001"
county = "25"
operations = 0
as_of = 2001
sources = ["kartlaggning"]
)"}});
        const auto map = report::build_coverage_map(loaded.registry);
        CHECK(area(map, "0980")->status == report::MapStatus::stated_none);  // Gotland
        CHECK(area(map, "1280")->status == report::MapStatus::counted);      // Malmö
        CHECK(area(map, "0180")->status == report::MapStatus::unknown);      // Stockholm
        // What the registry lists wins over a count: Norrbotten is as before.
        CHECK(area(map, "2514")->status == report::MapStatus::full);
        CHECK(area(map, "2584")->status == report::MapStatus::none);
        CHECK(map.counts[static_cast<std::size_t>(report::MapStatus::stated_none)] == 1);
        CHECK(map.counts[static_cast<std::size_t>(report::MapStatus::counted)] == 33);
        REQUIRE(map.none_as_of);
        CHECK(map.none_as_of->year == 2023);
        CHECK(report::map_status_shown(map, report::MapStatus::counted));
        CHECK_FALSE(
            report::map_status_shown(report::build_coverage_map(loaded.registry, "25"), report::MapStatus::counted));
    }
}
