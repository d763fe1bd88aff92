#include "model/place_counts.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;
using model::PlaceState;

namespace {

constexpr std::string_view kCounts = R"(
[[source]]
id = "kartlaggning"
title = "Kartläggning"

[[count]]
id = "sverige-2008"
operations = 131
as_of = 2008
sources = ["kartlaggning"]

[[count]]
id = "sverige-2023"
operations = 246
municipalities = 158
as_of = 2023
sources = ["kartlaggning"]

[[count]]
id = "uppsala-2023"
county = "03"
operations = 0
as_of = 2023
sources = ["kartlaggning"]

[[count]]
id = "skane-2022"
county = "12"
operations = "about 39"
as_of = "2022-12-09"
sources = ["kartlaggning"]

[[count]]
id = "skane-fulla"
county = "12"
kind = "full"
operations = 20
as_of = 2024
sources = ["kartlaggning"]
)";

}  // namespace

TEST_CASE("place counts: counted, none and not known") {
    const auto loaded = testing::load_valid(kCounts);
    const auto& registry = loaded.registry;
    SUBCASE("counted: the newest count first, the earlier after it") {
        const auto country = model::country_counts(registry);
        REQUIRE(country.size() == 2);
        CHECK(country[0]->id == "sverige-2023");
        CHECK(country[0]->municipalities->value == 158);
        CHECK(country[1]->id == "sverige-2008");
        CHECK(model::place_state(country) == PlaceState::counted);
    }
    SUBCASE("none: a stated 0 as of its date") {
        const auto uppsala = model::county_counts(registry, "03");
        REQUIRE(uppsala.size() == 1);
        CHECK(model::place_state(uppsala) == PlaceState::none);
        CHECK(uppsala[0]->as_of->year == 2023);
    }
    SUBCASE("not known: no count at all") {
        CHECK(model::place_state(model::county_counts(registry, "25")) == PlaceState::not_known);
        CHECK(model::place_state(model::municipality_counts(registry, "2514")) == PlaceState::not_known);
    }
    SUBCASE("a count of one kind is not a count of all operations") {
        const auto skane = model::county_counts(registry, "12");
        REQUIRE(skane.size() == 1);
        CHECK(skane[0]->id == "skane-2022");
        CHECK(skane[0]->operations->approx == model::Approx::about);
    }
}

TEST_CASE("place counts: a count needs its source and one place") {
    const auto loaded = testing::load_toml(R"(
[[count]]
id = "utan-kalla"
operations = 3
as_of = 2023

[[count]]
id = "tva-platser"
county = "25"
municipality = "Kalix"
operations = 1
as_of = 2023
sources = ["x"]
)");
    const auto text = testing::rendered(loaded.diagnostics);
    CHECK(text.find("missing the required key 'sources'") != std::string::npos);
    CHECK(text.find("a count is of one place") != std::string::npos);
}
