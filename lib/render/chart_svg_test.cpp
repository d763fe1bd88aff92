// Unit tests of render/chart_svg: a stacked bar chart as inline SVG whose
// numbers are written beside the bars, and whose text is escaped.
#include "render/chart_svg.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::render {
namespace {

BarChart centres() {
    BarChart chart;
    chart.title = "Centres <per> region";
    chart.description = "Norrbotten: 2 full, 3 similar";
    chart.categories = {"Region Norrbotten", "Region Skåne & Co"};
    chart.series = {{"Full", {2, -1}}, {"Similar", {3, -1}}};
    return chart;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("render::chart_svg") {
    TEST_CASE("an accessible SVG as high as its rows, titled and described by ids of its own") {
        const auto svg = chart_svg(centres(), "c1", "not known");
        CHECK(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 106\" role=\"img\" "
                            "aria-labelledby=\"c1-title c1-desc\" class=\"chart\">"
                            "<title id=\"c1-title\">Centres &lt;per&gt; region</title>"
                            "<desc id=\"c1-desc\">Norrbotten: 2 full, 3 similar</desc>"));
        CHECK(svg.ends_with("</svg>"));
        CHECK(chart_svg(BarChart{}, "x", "?").find("viewBox=\"0 0 720 54\"") != std::string::npos);
    }

    TEST_CASE("the bars of a category are stacked in proportion to the largest total") {
        const auto svg = chart_svg(centres(), "c1", "not known");
        // The largest total (5) fills the 430 units of the bar area.
        CHECK(svg.find("<rect x=\"230.0\" y=\"48\" width=\"172.0\" height=\"18\" fill=\"#1f6f5c\">"
                       "<title>Full: 2</title></rect>"
                       "<rect x=\"402.0\" y=\"48\" width=\"258.0\" height=\"18\" fill=\"#7fb8a4\">"
                       "<title>Similar: 3</title></rect>"
                       "<text x=\"666.0\" y=\"61\" class=\"value\">5</text>") != std::string::npos);
    }

    TEST_CASE("a category without known values has no bar and says so in words") {
        const auto svg = chart_svg(centres(), "c1", "not known");
        CHECK(svg.find("<text x=\"220\" y=\"87\" class=\"label\" text-anchor=\"end\">Region Skåne &amp; Co</text>"
                       "<text x=\"236.0\" y=\"87\" class=\"unknown\">not known</text>") != std::string::npos);
        CHECK(count(svg, "<rect x=\"") == 2 + 2);  // two legend swatches, two bars
    }

    TEST_CASE("a zero is known and written, but draws no bar") {
        BarChart chart;
        chart.categories = {"A"};
        chart.series = {{"Full", {0}}};
        const auto svg = chart_svg(chart, "z", "?");
        CHECK(svg.find("class=\"value\">0</text>") != std::string::npos);
        CHECK(svg.find("<title>Full") == std::string::npos);
    }

    TEST_CASE("the legend has a swatch and a name per series, escaped") {
        auto chart = centres();
        chart.series[1].label = "<b>Similar</b>";
        const auto svg = chart_svg(chart, "c1", "n/a & more");
        CHECK(svg.find("<rect x=\"230\" y=\"12\" width=\"14\" height=\"14\" fill=\"#1f6f5c\"/>"
                       "<text x=\"250\" y=\"24\" class=\"legend\">Full</text>") != std::string::npos);
        CHECK(svg.find("class=\"legend\">&lt;b&gt;Similar&lt;/b&gt;</text>") != std::string::npos);
        CHECK(svg.find("class=\"unknown\">n/a &amp; more</text>") != std::string::npos);
        CHECK(svg.find("<b>") == std::string::npos);
    }

    TEST_CASE("the same chart gives the same bytes") {
        CHECK(chart_svg(centres(), "c1", "?") == chart_svg(centres(), "c1", "?"));
        CHECK(chart_svg(centres(), "c1", "?") != chart_svg(centres(), "c2", "?"));
    }
}

}  // namespace netadmin::render
