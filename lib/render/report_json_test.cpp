#include "render/report_json.hpp"

#include "model/field_access.hpp"
#include "report/region_report.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace netadmin;

namespace {

constexpr const char* kRegion = R"(
[region]
id = "norrbotten"
county = "25"

[[person]]
id = "nina"
name = "Nina"

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
kind = "full"
url = "https://example.se/kalix"
contacts = ["nina"]

[[meeting]]
id = "day"
kind = "dialogue-day"
title = "Dialogue"
date = 2030-05-01
place = "Kalix"
catering = ["lunch"]
registration = { deadline = 2030-04-01, channel = "e-mail" }
reminders = { meeting_days = [7, 1] }
speakers = [{ person = "nina", topic = "Play" }]
)";

std::string region_json() {
    static const auto loaded = testing::load_toml({{"nb.toml", kRegion}});
    REQUIRE(loaded.ok());
    const auto& registry = loaded.registry;
    const time::CivilDate today{2026, 12, 2};
    return render::region_json(report::build_region_view(registry, *registry.region("norrbotten"), today), today);
}

// Each key of the kind's own table (not the provenance's `sources`, which
// the report gathers in its own list), as a JSON key.
void check_every_key(const std::string& json, model::EntityKind kind) {
    for (const auto& field : model::field_infos(kind)) {
        if (field.key == "sources" || field.key.find('.') != std::string::npos) continue;
        CAPTURE(field.key);
        CHECK(json.find("\"" + field.key + "\": ") != std::string::npos);
    }
}

}  // namespace

TEST_SUITE("render::report_json") {
    TEST_CASE("a centre and a meeting have every field of their tables") {
        const auto json = region_json();
        check_every_key(json, model::EntityKind::centre);
        check_every_key(json, model::EntityKind::meeting);
    }
    TEST_CASE("fields are in their data form; references shown by name stay names") {
        const auto json = region_json();
        CHECK(json.find("\"url\": \"https://example.se/kalix\"") != std::string::npos);
        CHECK(json.find("\"contacts\": [\n        \"nina\"\n      ]") != std::string::npos);
        CHECK(json.find("\"municipality\": \"Kalix\",\n      \"municipality_code\": \"2514\"") != std::string::npos);
        CHECK(json.find("\"catering\": [\n        \"lunch\"\n      ]") != std::string::npos);
        CHECK(json.find("\"registration\": {\n        \"deadline\": \"2030-04-01\",\n        \"channel\": \"e-mail\","
                        "\n        \"requirement\": null\n      }") != std::string::npos);
        CHECK(json.find("\"meeting_days\": [\n          7,\n          1\n        ]") != std::string::npos);
        // A speaker is a person of the report, not an id.
        CHECK(json.find("\"person\": {\n            \"id\": \"nina\",\n            \"name\": \"Nina\"") !=
              std::string::npos);
        // Derived keys follow the field they come from.
        CHECK(json.find("\"status\": \"planned\",\n      \"date_passed\": false,\n      \"next\": false") !=
              std::string::npos);
    }
}
