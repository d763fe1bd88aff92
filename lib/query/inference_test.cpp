#include "query/inference.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

// A round whose region is inferred, its sessions (one in a region of its
// own), a unit whose parent is inferred, its people, a venue whose
// municipality is inferred, and a person placed in the file by inference.
constexpr const char* kJonkoping = R"(
[region]
id = "jonkoping"
county = "06"
name = "Region Jönköpings län"

[[organisation]]
id = "region-jonkoping"
name = "Region Jönköpings län"
kind = "region"

[[organisation]]
id = "enheten"
name = "Kommunal utveckling"
kind = "unit"
parent = "region-jonkoping"
inferred = ["parent"]
inference_note = "parent evidence"

[[person]]
id = "martina"
name = "Martina Larsson"
organisation = "enheten"

[[person]]
id = "stated"
name = "Anna Andersson"
organisation = "region-jonkoping"

[[person]]
id = "placed"
name = "Björn Malmqvist"
inferred = ["region"]
inference_note = "placement evidence"

[[venue]]
id = "salen"
name = "Rosensalen"
municipality = "Jönköping"
inferred = ["municipality"]
inference_note = "venue evidence"

[[programme]]
id = "omgangen"
name = "En förälder blir till"
kind = "training"
region = "jonkoping"
inferred = ["region"]
inference_note = "programme evidence"
venue = "salen"

[[meeting]]
id = "uppstart"
kind = "programme-session"
title = "Uppstart"
programme = "omgangen"

[[meeting]]
id = "egen"
kind = "programme-session"
title = "Egen"
programme = "omgangen"
region = "vastra-gotaland"
)";

constexpr const char* kVastraGotaland = R"(
[region]
id = "vastra-gotaland"
county = "14"
name = "Västra Götalandsregionen"
)";

const model::Registry& sample() {
    static const auto loaded = testing::load_valid({{"jk.toml", kJonkoping}, {"vg.toml", kVastraGotaland}});
    return loaded.registry;
}

std::string evidence(const query::Inference& inference) {
    return inference ? std::string(inference.evidence) : std::string("(stated)");
}

}  // namespace

TEST_SUITE("query::inference_of") {
    TEST_CASE("a field the entity marks is inferred with its note") {
        const auto& r = sample();
        CHECK(evidence(query::inference_of(r, *r.programme("omgangen"), "region")) == "programme evidence");
        CHECK(evidence(query::inference_of(r, *r.programme("omgangen"), "name")) == "(stated)");
        CHECK(evidence(query::inference_of(r, *r.venue("salen"), "municipality")) == "venue evidence");
    }

    TEST_CASE("a session's region inherited from an inferred programme region is inferred") {
        const auto& r = sample();
        CHECK(evidence(query::inference_of(r, *r.meeting("uppstart"), "region")) == "programme evidence");
        CHECK(evidence(query::inference_of(r, *r.meeting("uppstart"), "title")) == "(stated)");
        // A region of its own is not the programme's.
        CHECK(evidence(query::inference_of(r, *r.meeting("egen"), "region")) == "(stated)");
    }

    TEST_CASE("a person's region follows from an organisation placed by an inferred parent") {
        const auto& r = sample();
        CHECK(evidence(query::inference_of(r, *r.organisation("enheten"), "parent")) == "parent evidence");
        CHECK(evidence(query::inference_of(r, *r.organisation("enheten"), "region")) == "parent evidence");
        CHECK(evidence(query::inference_of(r, *r.person("martina"), "region")) == "parent evidence");
        CHECK(evidence(query::inference_of(r, *r.person("stated"), "region")) == "(stated)");
    }

    TEST_CASE("the region of an inferred municipality is inferred") {
        const auto& r = sample();
        CHECK(evidence(query::inference_of(r, *r.venue("salen"), "region")) == "venue evidence");
    }

    TEST_CASE("a placement in the file's region may be marked without a region key") {
        const auto& r = sample();
        CHECK(r.person("placed")->region == "jonkoping");
        CHECK(evidence(query::inference_of(r, *r.person("placed"), "region")) == "placement evidence");
    }

    TEST_CASE("by entity reference as by entity") {
        const auto& r = sample();
        const auto ref = r.find("uppstart");
        REQUIRE(ref);
        CHECK(evidence(query::inference_of(r, *ref, "region")) == "programme evidence");
    }
}
