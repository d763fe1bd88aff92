// Unit tests of render/doc_html: a document as one self-contained HTML5
// page, with every piece of text escaped.
#include "render/doc_html.hpp"
#include "render/document.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::render {
namespace {

bool contains(const std::string& html, const std::string& part) { return html.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_SUITE("render::doc_html") {
    TEST_CASE("a page in the document's language, its title escaped, no script and nothing from elsewhere") {
        Document document;
        document.language = i18n::Language::en;
        document.title = "Centres <&> \"regions\"";
        document.subtitle = "Sub";
        document.footer = "As of 2 December 2026";
        const auto html = to_html(document);
        CHECK(html.starts_with("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
        CHECK(contains(html, "<title>Centres &lt;&amp;&gt; &quot;regions&quot;</title>"));
        CHECK(contains(html,
                       "<div class=\"masthead\"><h1>Centres &lt;&amp;&gt; &quot;regions&quot;</h1>\n"
                       "<p class=\"subtitle\">Sub</p>\n</div>\n"));
        CHECK(contains(html, "<footer class=\"page-footer\"><p>As of 2 December 2026</p></footer>\n"));
        CHECK(
            html.ends_with("</main>\n<footer class=\"page-footer\"><p>As of 2 December 2026</p></footer>\n"
                           "</body>\n</html>\n"));
        CHECK_FALSE(contains(html, "<script"));
        CHECK_FALSE(contains(html, "src=\"http"));
        CHECK(contains(to_html(Document{}), "<html lang=\"sv\">"));
    }

    TEST_CASE("each second-level heading opens a section, closed before the next") {
        Document document;
        document.heading(2, "Ett", "one");
        document.paragraph("a");
        document.heading(3, "Under");
        document.heading(2, "Två", "two");
        const auto html = to_html(document);
        CHECK(contains(html,
                       "<section>\n<h2 id=\"one\">Ett</h2>\n<p>a</p>\n<h3>Under</h3>\n</section>\n"
                       "<section>\n<h2 id=\"two\">Två</h2>\n</section>\n</main>\n"));
        CHECK(count(html, "<section>") == count(html, "</section>"));
    }

    TEST_CASE("a heading's id only from a safe anchor, and the contents list those headings") {
        Document document;
        document.contents_label = "Innehåll";
        document.heading(2, "Centraler", "centres");
        document.heading(2, "Ond", "\"><script>");
        document.heading(2, "Utan");
        const auto html = to_html(document);
        CHECK(contains(html,
                       "<nav class=\"toc\" aria-label=\"Innehåll\"><ul>\n"
                       "<li><a href=\"#centres\">Centraler</a></li>\n</ul></nav>\n"));
        CHECK(contains(html, "<h2>Ond</h2>"));
        CHECK(contains(html, "<h2>Utan</h2>"));
        CHECK_FALSE(contains(html, "<script>"));
    }

    TEST_CASE("links only for safe addresses, strong and muted text marked up") {
        Document document;
        document.paragraph(Line{Span{"Kalix", "https://kalix.se/?a=1&b=2"}, Span{" "},
                                Span{"ond", "javascript:alert(1)"}, Span{" "}, Span{"fet", "", true}, Span{" "},
                                Span{"grå", "", false, true}});
        CHECK(contains(to_html(document),
                       "<p><a href=\"https://kalix.se/?a=1&amp;b=2\">Kalix</a> ond "
                       "<strong>fet</strong> <span class=\"muted\">grå</span></p>\n"));
    }

    TEST_CASE("navigation links the other pages and marks the current one") {
        Document document;
        document.navigation = {Span{"Start", "index.html"}, Span{"Norrbotten"}};
        CHECK(contains(to_html(document),
                       "<header class=\"site\"><nav><a href=\"index.html\">Start</a>"
                       "<a aria-current=\"page\">Norrbotten</a></nav></header>\n"));
        CHECK_FALSE(contains(to_html(Document{}), "<header"));
    }

    TEST_CASE("a table has column and row headers, numbers classed, and the total as its foot") {
        DocTable table;
        table.caption = "Centraler & verksamheter";
        table.columns = {{"Region", false}, {"Antal", true}};
        table.rows = {{Line{Span{"Norrbotten"}}, Line{Span{"5"}}}, {Line{Span{"Summa"}}, Line{Span{"5"}}}};
        table.last_row_is_total = true;
        Document document;
        document.table(table);
        CHECK(
            contains(to_html(document),
                     "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Centraler &amp; "
                     "verksamheter\"><table>\n"
                     "<caption>Centraler &amp; verksamheter</caption>\n"
                     "<thead><tr><th scope=\"col\">Region</th><th scope=\"col\" class=\"num\">Antal</th></tr></thead>\n"
                     "<tbody>\n"
                     "<tr><th scope=\"row\">Norrbotten</th><td class=\"num\">5</td></tr>\n"
                     "</tbody>\n<tfoot>\n"
                     "<tr><th scope=\"row\">Summa</th><td class=\"num\">5</td></tr>\n"
                     "</tfoot>\n</table></div>\n"));
    }

    TEST_CASE("facts are a description list, figures a list of big numbers, quotes attributed") {
        Document document;
        document.facts({{"Födda", Line{Span{"<2500>"}}}}).compact = true;
        document.figures({{"centraler", Line{Span{"5"}}}});
        document.quote("Bra \"dag\".", "deltagare");
        document.list({Line{Span{"ett"}}});
        const auto html = to_html(document);
        CHECK(contains(html, "<dl class=\"facts compact\">\n<dt>Födda</dt><dd>&lt;2500&gt;</dd>\n</dl>\n"));
        CHECK(contains(html,
                       "<ul class=\"figures\">\n<li><span class=\"figure\">5</span> "
                       "<span class=\"figure-label\">centraler</span></li>\n</ul>\n"));
        CHECK(contains(html, "<blockquote><p>Bra &quot;dag&quot;.</p><footer>– deltagare</footer></blockquote>\n"));
        CHECK(contains(html, "<ul>\n<li>ett</li>\n</ul>\n"));
    }

    TEST_CASE("a chart is an inline SVG figure with its description as caption") {
        Document document;
        document.paragraph("före");
        BarChart chart;
        chart.title = "Centraler";
        chart.description = "Norrbotten har 5 & Skåne okänt";
        chart.categories = {"Norrbotten"};
        chart.series = {{"Fulla", {5}}};
        document.chart(chart);
        const auto html = to_html(document);
        CHECK(contains(html, "<figure><svg xmlns=\"http://www.w3.org/2000/svg\""));
        CHECK(contains(html, "aria-labelledby=\"chart1-title chart1-desc\""));  // the block's index
        CHECK(contains(html, "</svg><figcaption>Norrbotten har 5 &amp; Skåne okänt</figcaption></figure>\n"));
    }
}

}  // namespace netadmin::render
