// Unit tests of render/doc_markdown: a document as markdown for GitHub and
// GitLab, where no registry text can become markup.
#include "render/doc_markdown.hpp"
#include "render/document.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::render {

TEST_SUITE("render::doc_markdown") {
    TEST_CASE("title, navigation, subtitle, headings and footer") {
        Document document;
        document.title = "Familjecentraler *i* Norrbotten";
        document.navigation = {Span{"Start", "index.html"}, Span{"Norrbotten"}};
        document.subtitle = "- inte en lista";
        document.heading(2, "Möten", "meetings");
        document.heading(3, "Hösten");
        document.footer = "Uppgifter per 2 december 2026";
        CHECK(to_markdown(document) ==
              "# Familjecentraler \\*i\\* Norrbotten\n"
              "\n"
              "[Start](index.html) · Norrbotten\n"
              "\n"
              "\\- inte en lista\n"
              "\n"
              "## Möten\n"
              "\n"
              "### Hösten\n"
              "\n"
              "---\n"
              "\n"
              "Uppgifter per 2 december 2026\n");
    }

    TEST_CASE("a paragraph cannot start a list, a quote, a heading or a numbered item") {
        auto paragraph = [](const std::string& text) {
            Document document;
            document.paragraph(text);
            const auto markdown = to_markdown(document);
            return markdown.substr(markdown.find("\n\n") + 2);
        };
        CHECK(paragraph("- a") == "\\- a\n");
        CHECK(paragraph("+ a") == "\\+ a\n");
        CHECK(paragraph("> a") == "&gt; a\n");  // escaped as HTML, so no quote
        CHECK(paragraph("= a") == "\\= a\n");
        CHECK(paragraph("12. maj") == "12\\. maj\n");
        CHECK(paragraph("3) tre") == "3\\) tre\n");
        CHECK(paragraph("# a") == "\\# a\n");
        CHECK(paragraph("2023 var ett år") == "2023 var ett år\n");
        CHECK(paragraph("~~struken~~") == "\\~\\~struken\\~\\~\n");
    }

    TEST_CASE("links only for safe addresses, with markdown's special characters percent-encoded") {
        Document document;
        document.paragraph(Line{Span{"Kalix", "https://x.se/a_(b)"}, Span{" "}, Span{"ond", "javascript:alert(1)"},
                                Span{" "}, Span{"här", "#centres"}});
        const auto markdown = to_markdown(document);
        CHECK(markdown.ends_with("\n[Kalix](https://x.se/a%5F%28b%29) ond här\n"));
    }

    TEST_CASE("strong and muted spans, facts and lists") {
        Document document;
        document.facts({{"Födda", Line{Span{"2500", "", true}}}, {"E-post", Line{Span{"saknas", "", false, true}}}});
        document.list({Line{Span{"ett"}}, Line{Span{"1. två"}}});
        CHECK(to_markdown(document) ==
              "# \n"
              "\n"
              "- **Födda:** **2500**\n"
              "- **E-post:** *saknas*\n"
              "\n"
              "- ett\n"
              "- 1\\. två\n");
    }

    TEST_CASE("a table: numbers right-aligned, cells escaped, the total in bold") {
        DocTable table;
        table.caption = "Centraler";
        table.columns = {{"Region", false}, {"Antal", true}};
        table.rows = {{Line{Span{"Norr|botten"}}, Line{Span{"5"}}}, {Line{Span{"Summa"}}, Line{Span{"5"}}}};
        table.last_row_is_total = true;
        Document document;
        document.table(table);
        CHECK(to_markdown(document) ==
              "# \n"
              "\n"
              "Centraler\n"
              "\n"
              "| Region | Antal |\n"
              "| --- | ---: |\n"
              "| Norr\\|botten | 5 |\n"
              "| **Summa** | **5** |\n");
    }

    TEST_CASE("a quote keeps its attribution on the next line") {
        Document document;
        document.quote("Bra dag.", "deltagare");
        CHECK(to_markdown(document).ends_with("\n> Bra dag.\\\n> – deltagare\n"));
    }

    TEST_CASE("a chart is a list of its known values") {
        Document document;
        BarChart chart;
        chart.categories = {"Norrbotten", "Skåne"};
        chart.series = {{"Fulla", {2, -1}}, {"Liknande", {3, -1}}};
        document.chart(chart);
        CHECK(to_markdown(document).ends_with("\n- Norrbotten: Fulla 2, Liknande 3\n"));
    }
}

}  // namespace netadmin::render
