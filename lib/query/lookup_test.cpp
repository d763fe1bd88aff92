#include "query/lookup.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

// Two regions named as people seldom write them, a programme with a short
// name, one with a theme, and several entities with "Kalix" in their id or
// name.
constexpr const char* kNorrbotten = R"(
[region]
id = "norrbotten"
county = "25"
name = "Region Norrbotten"

[[organisation]]
id = "region-norrbotten"
name = "Region Norrbotten"
kind = "region"

[[organisation]]
id = "kalix-kommun"
name = "Kalix kommun"
kind = "kommun"
municipality = "Kalix"

[[centre]]
id = "kalix-familjecentral"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
kind = "full"

[[network]]
id = "natverket"
name = "Nätverket i Norrbotten"

[[meeting]]
id = "natverkstraff"
kind = "network-meeting"
title = "Nätverksträff i Kalix"
network = "natverket"

[[programme]]
id = "familjecentraldialogen"
name = "Familjecentraldialogen"
short_name = "FCD"
kind = "dialogue"
)";

constexpr const char* kVastraGotaland = R"(
[region]
id = "vastra-gotaland"
county = "14"
name = "Västra Götalandsregionen"

[[programme]]
id = "en-forelder-blir-till"
name = "En förälder blir till"
kind = "training"
themes = [{ id = "jamstallt-foraldraskap", name = "Jämställt föräldraskap" }]
)";

const model::Registry& sample() {
    static const auto loaded = testing::load_valid({{"nb.toml", kNorrbotten}, {"vg.toml", kVastraGotaland}});
    return loaded.registry;
}

std::string region_id(std::string_view text) {
    const auto* region = query::find_region(sample(), text);
    return region == nullptr ? "" : region->id;
}

std::string municipality_code(std::string_view text) {
    const auto* municipality = query::find_municipality(testing::reference(), text);
    return municipality == nullptr ? "" : municipality->code;
}

}  // namespace

TEST_SUITE("query::lookup") {
    TEST_CASE("a region is found by id, county code and the names people write") {
        CHECK(region_id("vastra-gotaland") == "vastra-gotaland");
        CHECK(region_id("14") == "vastra-gotaland");
        CHECK(region_id("Västra Götaland") == "vastra-gotaland");
        CHECK(region_id("vastra gotaland") == "vastra-gotaland");
        CHECK(region_id("VÄSTRA GÖTALAND") == "vastra-gotaland");
        CHECK(region_id("Västra Götalandsregionen") == "vastra-gotaland");
        CHECK(region_id("Västra Götalands län") == "vastra-gotaland");
        CHECK(region_id("Norrbotten") == "norrbotten");
        CHECK(region_id("Region Norrbotten") == "norrbotten");
        CHECK(region_id("Norrbottens län") == "norrbotten");
        CHECK(region_id("norrbottens lan") == "norrbotten");
    }
    TEST_CASE("other text finds no region") {
        CHECK(region_id("") == "");
        CHECK(region_id("Skåne") == "");  // a county with no region in this registry
        CHECK(region_id("Norr") == "");
        CHECK(region_id("region") == "");
    }
    TEST_CASE("a programme is found by id, name and short name") {
        auto id = [](std::string_view text) {
            const auto* programme = query::find_programme(sample(), text);
            return programme == nullptr ? std::string() : programme->id;
        };
        CHECK(id("en-forelder-blir-till") == "en-forelder-blir-till");
        CHECK(id("En förälder blir till") == "en-forelder-blir-till");
        CHECK(id("en forelder blir till") == "en-forelder-blir-till");
        CHECK(id("Familjecentraldialogen") == "familjecentraldialogen");
        CHECK(id("fcd") == "familjecentraldialogen");
        CHECK(id("förälder") == "");
    }
    TEST_CASE("a municipality is found without its diacritics when the spelling is unique") {
        CHECK(municipality_code("kalix") == "2514");
        CHECK(municipality_code("lulea") == "2580");
        CHECK(municipality_code("overtornea kommun") == "2518");
        CHECK(municipality_code("goteborgs stad") == "1480");
        CHECK(municipality_code("Håbo") == "0305");
        CHECK(municipality_code("habo") == "0643");  // the exact spelling wins
        CHECK(municipality_code("HABO") == "0643");
        CHECK(municipality_code("Överkalixx") == "");
    }

    TEST_CASE("a name filter ignores case, diacritics and hyphens") {
        CHECK(query::name_matches("Familjecentralen i Övertorneå", "overtornea"));
        CHECK(query::name_matches("Familjecentralen i Kalix", "KALIX"));
        CHECK(query::name_matches("Västra Götalandsregionen", "västra-götaland"));
        CHECK(query::name_matches("anything", ""));
        CHECK_FALSE(query::name_matches("Familjecentralen i Kalix", "Haparanda"));
    }

    TEST_CASE("an entity is found by its name") {
        const auto found = query::find_by_name(sample(), "familjecentralen i kalix");
        REQUIRE(found.size() == 1);
        CHECK(sample().id_of(found.front()) == "kalix-familjecentral");
        CHECK(query::find_by_name(sample(), "Region Norrbotten").size() == 2);  // the region and the organisation
        CHECK(query::find_by_name(sample(), "no such name").empty());
    }

    TEST_CASE("the nearest ids are those that contain what was typed, then near misses") {
        const auto kalix = query::nearest_ids(sample(), "kalix", std::nullopt, 2);
        CHECK(kalix == std::vector<std::string>{"kalix-familjecentral", "kalix-kommun"});
        // A name that contains it comes after the ids that do.
        CHECK(query::nearest_ids(sample(), "kalix", std::nullopt, 3).back() == "natverkstraff");
        const auto parenthood = query::nearest_ids(sample(), "foraldraskap", model::EntityKind::programme);
        CHECK(parenthood == std::vector<std::string>{"en-forelder-blir-till"});
        const auto typo = query::nearest_ids(sample(), "kalix-familjcentral");
        REQUIRE_FALSE(typo.empty());
        CHECK(typo.front() == "kalix-familjecentral");
        CHECK(query::nearest_ids(sample(), "zzzzzzzz").empty());
    }
}
