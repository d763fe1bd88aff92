#include "model/references.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

// Every kind of reference the registry has, each once.
constexpr std::string_view kRegistry = R"(
[region]
id = "nb"
county = "25"
contacts = ["anna"]

[[organisation]]
id = "region-nb"
name = "Region Norrbotten"

[[organisation]]
id = "enhet"
name = "Enheten"
parent = "region-nb"

[[person]]
id = "anna"
email = "anna@example.se"
organisation = "enhet"

[[person]]
id = "bo"
email = "bo@example.se"

[[centre]]
id = "fc"
name = "Familjecentralen"
municipality = "Kalix"
contacts = ["anna", "bo"]

[[network]]
id = "natverk"
name = "Nätverket"
contacts = ["anna"]
members = ["bo"]

[[venue]]
id = "salen"
name = "Salen"

[[programme]]
id = "kurs"
name = "Kursen"
organisers = ["region-nb"]
leaders = ["anna"]
contacts = ["bo"]
funders = ["region-nb"]
developed_by = ["enhet"]
participants = ["fc"]
venue = "salen"

[[meeting]]
id = "traff"
kind = "programme-session"
title = "Träffen"
network = "natverk"
programme = "kurs"
venue = "salen"
organisers = ["enhet"]
speakers = [{ person = "anna", topic = "Skärmtid" }, { person = "bo" }]
participant_organisations = ["region-nb"]
recipients = ["anna"]
extra_recipients = ["bo"]

[[resource]]
id = "bilder"
kind = "file"
title = "Bilderna"
meeting = "traff"
programme = "kurs"
author = "anna"

[[source]]
id = "sida"
title = "Sidan"

[[source]]
id = "brev"
title = "Brevet"
)";

constexpr std::string_view kCitations = R"(
[[venue]]
id = "salen"
name = "Salen"
region = "nb"
sources = ["sida", "brev"]

[[person]]
id = "anna"
email = "anna@example.se"
region = "nb"
sources = ["brev"]
)";

std::vector<std::string> walk(const model::Registry& registry) {
    std::vector<std::string> out;
    model::for_each_reference(registry, [&](model::EntityRef from, std::string_view key, const model::Id& to) {
        out.push_back(registry.id_of(from) + " " + std::string(key) + " " + to);
    });
    return out;
}

}  // namespace

TEST_CASE("reference walk: every id an entity names, in registry order, region membership included") {
    const auto loaded = testing::registry_from_toml(kRegistry);
    REQUIRE(loaded.ok());
    CHECK(walk(loaded.registry) == std::vector<std::string>{
                                       "nb contacts anna",
                                       "region-nb region nb",
                                       "enhet parent region-nb",
                                       "enhet region nb",
                                       "anna organisation enhet",
                                       "anna region nb",
                                       "bo region nb",
                                       "fc region nb",
                                       "fc contacts anna",
                                       "fc contacts bo",
                                       "natverk region nb",
                                       "natverk contacts anna",
                                       "natverk members bo",
                                       "kurs region nb",
                                       "kurs organisers region-nb",
                                       "kurs leaders anna",
                                       "kurs contacts bo",
                                       "kurs funders region-nb",
                                       "kurs developed_by enhet",
                                       "kurs participants fc",
                                       "kurs venue salen",
                                       "traff region nb",
                                       "traff network natverk",
                                       "traff programme kurs",
                                       "traff venue salen",
                                       "traff organisers enhet",
                                       "traff speakers anna",
                                       "traff speakers bo",
                                       "traff participant_organisations region-nb",
                                       "traff recipients anna",
                                       "traff extra_recipients bo",
                                       "salen region nb",
                                       "bilder region nb",
                                       "bilder meeting traff",
                                       "bilder programme kurs",
                                       "bilder author anna",
                                   });
}

TEST_CASE("reference walk: citations last, as key \"sources\", in registry order") {
    const auto loaded =
        testing::registry_from_toml(std::string("[region]\nid = \"nb\"\ncounty = \"25\"\n") + std::string(kCitations) +
                                    "[[source]]\nid = \"sida\"\ntitle = \"Sidan\"\n[[source]]\nid = \"brev\"\n"
                                    "title = \"Brevet\"\n");
    REQUIRE(loaded.ok());
    CHECK(walk(loaded.registry) == std::vector<std::string>{"anna region nb", "salen region nb", "anna sources brev",
                                                            "salen sources sida", "salen sources brev"});

    std::vector<std::string> cited;
    model::for_each_citation(loaded.registry, [&](model::EntityRef from, const model::Id& source) {
        cited.push_back(loaded.registry.id_of(from) + " " + source);
    });
    CHECK(cited == std::vector<std::string>{"anna brev", "salen sida", "salen brev"});
}

TEST_CASE("reference walk: unset ids and an unset member list name nothing") {
    const auto loaded = testing::registry_from_toml(R"(
[[organisation]]
id = "ensam"
name = "Ensam"

[[network]]
id = "natverk"
name = "Nätverket"
members = []
)");
    CHECK(walk(loaded.registry).empty());
}
