#include "render/layout_map.hpp"
#include "render/doc_html.hpp"
#include "render/doc_markdown.hpp"
#include "render/doc_text.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace netadmin;

namespace {

// Norrbotten (county 25) with two family centres and three similar
// operations, each in a municipality of its own.
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

// The registry above with the map outlines of data/reference.
struct Sample {
    load::LoadResult loaded = testing::load_valid({{"nb.toml", kNorrbotten}});
    load::Diagnostics diagnostics;
    model::Outlines outlines = load::load_outlines(testing::reference_dir(), diagnostics);
};

}  // namespace

TEST_SUITE("render::layout_map") {
    TEST_CASE("the coverage page shows the map in HTML, refers to its file in markdown, and not in text") {
        const Sample sample;
        REQUIRE(sample.loaded.ok());
        render::LayoutOptions options;
        options.language = i18n::Language::en;
        options.map = {&sample.outlines, report::build_coverage_map(sample.loaded.registry), "cov map.svg"};
        const auto document = render::coverage_document(report::build_coverage_view(sample.loaded.registry), options);
        const auto html = render::to_html(document);
        CHECK(html.find("<h2 id=\"map\">Map</h2>") != std::string::npos);
        CHECK(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\" width=") != std::string::npos);
        CHECK(html.find("aria-labelledby=\"map") != std::string::npos);
        const auto markdown = render::to_markdown(document);
        CHECK(markdown.find("![Map of 290 municipalities: 2 with a family centre") != std::string::npos);
        CHECK(markdown.find("](cov%20map.svg)") != std::string::npos);
        const auto text = render::to_text(document);
        CHECK(text.find("svg") == std::string::npos);
        CHECK(text.find("Municipalities: Family centre 2, Similar operation only 3, Neither 9,") != std::string::npos);
    }

    TEST_CASE("without outlines there is no map section") {
        const Sample sample;
        render::LayoutOptions options;
        const auto document = render::coverage_document(report::build_coverage_view(sample.loaded.registry), options);
        CHECK(render::to_html(document).find("<svg xmlns=\"http://www.w3.org/2000/svg\" width=") == std::string::npos);
        CHECK_FALSE(render::map_svg_page(options));
    }

    TEST_CASE("a county's map is titled with the county in the report's language") {
        const Sample sample;
        const auto map = report::build_coverage_map(sample.loaded.registry, "25");
        const auto sv = render::map_text(map, i18n::Language::sv);
        CHECK(sv.title == "Familjecentraler per kommun i Norrbottens län");
        CHECK(sv.statuses[0] == "Familjecentral");
        CHECK(render::map_text(map, i18n::Language::en).legend == "Municipalities");
    }

    TEST_CASE("every map status has its own label in both languages") {
        for (const auto language : {i18n::Language::sv, i18n::Language::en}) {
            const auto statuses = render::map_text(report::CoverageMap{}, language).statuses;
            std::set<std::string> seen;
            for (const auto& label : statuses) {
                CHECK_FALSE(label.empty());
                CHECK(seen.insert(label).second);
            }
        }
        const auto english = render::map_text(report::CoverageMap{}, i18n::Language::en).statuses;
        CHECK(english[static_cast<std::size_t>(report::MapStatus::full)] == "Family centre");
        CHECK(english[static_cast<std::size_t>(report::MapStatus::similar)] == "Similar operation only");
        CHECK(english[static_cast<std::size_t>(report::MapStatus::none)] == "Neither");
        CHECK(english[static_cast<std::size_t>(report::MapStatus::unknown)] == "Not known");
    }
}
