#include "render/layout_map.hpp"
#include "render/doc_html.hpp"
#include "render/doc_markdown.hpp"
#include "render/doc_text.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

struct Bundled {
    load::LoadResult loaded =
        load::load_registry(testing::source_data_dir() / "registry", testing::source_data_dir() / "reference");
    load::Diagnostics diagnostics;
    model::Outlines outlines = load::load_outlines(testing::source_data_dir() / "reference", diagnostics);
};

}  // namespace

TEST_SUITE("render::layout_map") {
    TEST_CASE("the coverage page shows the map in HTML, refers to its file in markdown, and not in text") {
        const Bundled bundled;
        REQUIRE(bundled.loaded.ok());
        render::LayoutOptions options;
        options.language = i18n::Language::en;
        options.map = {&bundled.outlines, report::build_coverage_map(bundled.loaded.registry), "cov map.svg"};
        const auto document = render::coverage_document(report::build_coverage_view(bundled.loaded.registry), options);
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
        const Bundled bundled;
        render::LayoutOptions options;
        const auto document = render::coverage_document(report::build_coverage_view(bundled.loaded.registry), options);
        CHECK(render::to_html(document).find("<svg xmlns=\"http://www.w3.org/2000/svg\" width=") == std::string::npos);
        CHECK_FALSE(render::map_svg_page(options));
    }

    TEST_CASE("a county's map is titled with the county in the report's language") {
        const Bundled bundled;
        const auto map = report::build_coverage_map(bundled.loaded.registry, "25");
        const auto sv = render::map_text(map, i18n::Language::sv);
        CHECK(sv.title == "Familjecentraler per kommun i Norrbottens län");
        CHECK(sv.statuses[0] == "Familjecentral");
        CHECK(render::map_text(map, i18n::Language::en).legend == "Municipalities");
    }
}
