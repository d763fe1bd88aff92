#include "render/document.hpp"
#include "render/doc_markdown.hpp"
#include "render/doc_text.hpp"
#include "render/html_escape.hpp"
#include "render/report_layout.hpp"
#include "render/wrap.hpp"

#include "util/utf8.hpp"

#include <doctest/doctest.h>

using namespace netadmin::render;

TEST_SUITE("render::document") {
    TEST_CASE("a chart shows its known values in text and markdown, which have no pictures") {
        Document document;
        document.heading(2, "Centres", "centres");
        BarChart chart;
        chart.categories = {"Region Norrbotten", "Region Skåne"};
        chart.series = {{"Full", {2, -1}}, {"Similar", {3, -1}}};
        document.chart(chart);
        CHECK(chart_lines(chart) == std::vector<std::string>{"Region Norrbotten: Full 2, Similar 3"});
        CHECK(to_text(document).find("  - Region Norrbotten: Full 2, Similar 3\n") != std::string::npos);
        CHECK(to_markdown(document).find("- Region Norrbotten: Full 2, Similar 3\n") != std::string::npos);
        CHECK(to_text(document).find("Skåne") == std::string::npos);
    }

    TEST_CASE("html escaping covers the five special characters and keeps UTF-8") {
        CHECK(html_escape("<a href=\"x\">&'Ö") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;Ö");
    }
    TEST_CASE("only web, mail and plain site links are safe") {
        CHECK(safe_href("https://example.org/a?b=c") == "https://example.org/a?b=c");
        CHECK(safe_href("mailto:a@b.se") == "mailto:a@b.se");
        CHECK(safe_href("region-norrbotten.html") == "region-norrbotten.html");
        CHECK(safe_href("javascript:alert(1)").empty());
        CHECK(safe_href("JAVASCRIPT:alert(1)").empty());
        CHECK(safe_href("data:text/html,x").empty());
        CHECK(safe_href("../etc/passwd").empty());
        CHECK(safe_href("https://a b").empty());
    }
    TEST_CASE("wrapped lines fit the width counted in columns, not bytes") {
        const std::string text = "Övertorneå Älvsbyn Överkalix Haparanda Jokkmokk Gällivare Kiruna Pajala Arjeplog";
        for (const auto& line : wrap_words(text, 30)) CHECK(netadmin::util::display_width(line) <= 30);
        CHECK(wrap_words("https://example.org/a-very-long-address-that-cannot-break", 10).size() == 1);
    }
    TEST_CASE("text output of a document stays within 80 columns") {
        Document document;
        document.title = "Titel";
        std::string words;
        for (int i = 0; i < 60; ++i) words += "familjecentral Övertorneå ";
        document.facts(
            {{"Etikett", Line{Span{words}}}, {"En mycket lång etikett som inte får plats", Line{Span{words}}}});
        document.paragraph(words);
        document.list({Line{Span{words}}});
        document.quote(words, "deltagare");
        const auto text = to_text(document);
        std::size_t start = 0;
        while (start < text.size()) {
            const auto end = text.find('\n', start);
            const auto line = text.substr(start, end - start);
            CHECK(netadmin::util::display_width(line) <= 80);
            start = end + 1;
        }
    }
}
