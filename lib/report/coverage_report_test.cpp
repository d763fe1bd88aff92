#include "report/coverage_report.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

TEST_SUITE("report::coverage_report") {
    TEST_CASE("one row per county with unknown figures where the registry has no region") {
        const auto loaded =
            load::load_registry(testing::source_data_dir() / "registry", testing::source_data_dir() / "reference");
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
