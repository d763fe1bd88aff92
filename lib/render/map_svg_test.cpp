#include "render/map_svg.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

// Two squares 10 km wide side by side, in units of 100 m.
model::Outlines two_squares() {
    model::Outlines outlines;
    outlines.add_ring(false, "2514", {{8000, 73000}, {8100, 73000}, {8100, 73100}, {8000, 73100}});
    outlines.add_ring(false, "2583", {{8100, 73000}, {8200, 73000}, {8200, 73100}, {8100, 73100}});
    return outlines;
}

render::MapText text() {
    return {
        "Map & title", "Two municipalities", "Municipalities", {"Family centre", "Similar", "Neither", "Not known"}};
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
    return count;
}

}  // namespace

TEST_SUITE("render::map_svg") {
    TEST_CASE("one path per municipality with its code, status, title and relative corners") {
        report::CoverageMap map;
        map.areas = {{"2514", "Kalix", report::MapStatus::full}, {"2583", "Haparanda <H>", report::MapStatus::unknown}};
        map.counts = {1, 0, 0, 1};
        const auto svg = render::map_svg(map, two_squares(), text(), "m");
        CHECK(occurrences(svg, "<path ") == 2);
        CHECK(svg.find(R"(<path data-code="2514" data-status="full" fill="#2c7fb8" d="M0 0l100 0 0 100 -100 0z">)") !=
              std::string::npos);
        CHECK(svg.find(R"x(data-code="2583" data-status="unknown" fill="url(#m-unknown)" d="M100 0l)x") !=
              std::string::npos);
        CHECK(svg.find("<title>Kalix: Family centre</title>") != std::string::npos);
        CHECK(svg.find("<title>Haparanda &lt;H&gt;: Not known</title>") != std::string::npos);
        CHECK(svg.find("Map &amp; title") != std::string::npos);
        CHECK(svg.find(">Family centre (1)</text>") != std::string::npos);
        CHECK(svg.find(">Not known (1)</text>") != std::string::npos);
        CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
        CHECK(svg.find("<script") == std::string::npos);
    }

    TEST_CASE("the map is fitted to its municipalities and the same input gives the same bytes") {
        report::CoverageMap map;
        map.areas = {{"2514", "Kalix", report::MapStatus::none}};
        map.counts = {0, 0, 1, 0};
        const auto svg = render::map_svg(map, two_squares(), text(), "m");
        // 10 km square scaled into at most 480 x 640 pixels: 4.8 pixels a unit.
        CHECK(svg.find("scale(4.800000 -4.800000)") != std::string::npos);
        CHECK(svg == render::map_svg(map, two_squares(), text(), "m"));
    }

    TEST_CASE("a municipality without an outline is counted but not drawn") {
        report::CoverageMap map;
        map.areas = {{"2514", "Kalix", report::MapStatus::full}, {"9999", "Nowhere", report::MapStatus::none}};
        map.counts = {1, 0, 1, 0};
        const auto svg = render::map_svg(map, two_squares(), text(), "m");
        CHECK(occurrences(svg, "<path ") == 1);
        CHECK(svg.find(">Neither (1)</text>") != std::string::npos);
    }
}

TEST_SUITE("load::outlines") {
    TEST_CASE("the shipped outlines have every county and municipality of the reference") {
        load::Diagnostics diagnostics;
        const auto outlines = load::load_outlines(testing::reference_dir(), diagnostics);
        CHECK_FALSE(diagnostics.has_errors());
        CHECK(outlines.counties().size() == 21);
        CHECK(outlines.municipalities().size() == 290);
        const auto reference = load::load_reference(testing::reference_dir(), diagnostics);
        for (const auto& municipality : reference.municipalities()) {
            CAPTURE(municipality.code);
            CHECK(outlines.municipality(municipality.code) != nullptr);
        }
        // Luleå lies around 65.58 N 22.16 E: SWEREF 99 TM E 829 524, N 7 292 404.
        const auto* lulea = outlines.municipality("2580");
        REQUIRE(lulea);
        CHECK(lulea->box.min_x < 8295);
        CHECK(lulea->box.max_x > 8295);
        CHECK(lulea->box.min_y < 72924);
        CHECK(lulea->box.max_y > 72924);
    }

    TEST_CASE("a row that is not an outline is reported with its line") {
        load::Diagnostics diagnostics;
        const auto outlines = load::parse_outlines(
            "level,code,points\nmunicipality,2514,1 2 3 4 5 6\nregion,25,1 2 3 4 5 6\ncounty,25,1 2 3\n"
            "county,25,1 2 3 4 x 6\n",
            "outlines.csv", diagnostics);
        CHECK(outlines.municipalities().size() == 1);
        CHECK(outlines.counties().empty());
        REQUIRE(diagnostics.items().size() == 3);
        CHECK(diagnostics.items()[0].location().line == 3);
        CHECK(diagnostics.items()[1].location().line == 4);
        CHECK(diagnostics.items()[2].location().line == 5);
        CHECK(diagnostics.items()[0].msg() == i18n::Msg::err_bad_outline_row);
    }
}
