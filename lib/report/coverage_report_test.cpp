#include "report/coverage_report.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

// Norrbotten (county 25, 14 municipalities, about 2500 births a year) with
// two family centres and three similar operations, each in a municipality
// of its own; Västra Götaland (county 14) in the registry without a centre.
constexpr const char* kNorrbotten = R"(
[region]
id = "norrbotten"
county = "25"
name = "Region Norrbotten"
births_per_year = "about 2500"

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

}  // namespace

TEST_SUITE("report::coverage_report") {
    TEST_CASE("one row per county with unknown figures where the registry has no region") {
        const auto loaded = testing::load_valid({{"nb.toml", kNorrbotten}, {"vg.toml", kVastraGotaland}});
        const auto view = report::build_coverage_view(loaded.registry);
        REQUIRE(view.rows.size() == 21);
        CHECK(view.regions_known == 1);
        CHECK(view.totals.municipalities == 290);
        int known = 0;
        for (const auto& row : view.rows) {
            if (row.county_code == "25") {
                CHECK(row.known);
                CHECK(row.municipalities == 14);
                CHECK(row.with_full == 2);
                CHECK(row.with_only_similar == 3);
                CHECK(row.with_none == 9);
                REQUIRE(row.births_per_centre);
                CHECK(row.births_per_centre->value == 500);
                CHECK(row.births_per_centre->approx == model::Approx::about);
            }
            if (row.county_code == "14") {
                // Västra Götaland is in the registry but lists no centres: unknown, not zero.
                CHECK(row.in_registry);
                CHECK_FALSE(row.known);
                CHECK_FALSE(row.full_centres);
                CHECK(row.region_id == "vastra-gotaland");
            }
            if (row.county_code == "01") {
                CHECK_FALSE(row.known);
                CHECK_FALSE(row.with_none);
                CHECK(row.municipalities == 26);
            }
            known += row.known ? 1 : 0;
        }
        CHECK(known == 1);
        CHECK(view.totals.full_centres == 2);
    }
    TEST_CASE("the sources' counts: the national picture newest first, per region, and the gaps") {
        const auto loaded = testing::load_valid({{"nb.toml", kNorrbotten}, {"counts.toml", R"(
[[source]]
id = "fohm"
title = "Kartläggning"
publisher = "Folkhälsomyndigheten"

[[source]]
id = "skane"
title = "Nyhet"
publisher = "Skånes Kommuner"

[[count]]
id = "sverige-2008"
operations = 131
as_of = 2008
sources = ["fohm"]

[[count]]
id = "sverige-2023"
operations = 246
municipalities = 158
regions = 18
as_of = 2023
sources = ["fohm"]

[[count]]
id = "skane-2022"
county = "12"
operations = 39
as_of = "2022-12-09"
sources = ["skane"]

[[count]]
id = "norrbotten-2023"
county = "25"
operations = 4
as_of = 2023
sources = ["fohm"]
)"}});
        auto view = report::build_coverage_view(loaded.registry);
        REQUIRE(view.national.size() == 2);
        CHECK(view.national[0].operations.value == 246);
        CHECK(view.national[0].municipalities->value == 158);
        CHECK(view.national[0].regions->value == 18);
        CHECK(view.national[0].source == "Folkhälsomyndigheten");
        CHECK(view.national[1].operations.value == 131);
        CHECK(view.totals.listed == 5);
        const auto& skane = view.rows[9];
        REQUIRE(skane.county_code == "12");
        REQUIRE(skane.counted.size() == 1);
        CHECK(skane.counted[0].source == "Skånes Kommuner");
        CHECK(skane.listed == 0);
        CHECK(report::is_gap(skane));
        report::keep_gaps(view);
        REQUIRE(view.rows.size() == 1);  // Norrbotten lists 5, more than the 4 counted: no gap
        CHECK(view.rows[0].county_code == "12");
        CHECK(view.gaps_only);
    }

    TEST_CASE("births per centre keep the precision of the births") {
        CHECK_FALSE(report::births_per_centre(std::nullopt, 3));
        CHECK_FALSE(report::births_per_centre(model::Count{100, model::Approx::exact}, 0));
        CHECK(report::births_per_centre(model::Count{100, model::Approx::exact}, 4) ==
              model::Count{25, model::Approx::exact});
        CHECK(report::births_per_centre(model::Count{100, model::Approx::exact}, 3) ==
              model::Count{33, model::Approx::about});
        CHECK(report::births_per_centre(model::Count{800, model::Approx::nearly}, 2) ==
              model::Count{400, model::Approx::nearly});
    }
}
