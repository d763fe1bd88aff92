// Unit tests of render/doc_text: a document as plain text for an
// 80-column terminal or an e-mail body.
#include "render/doc_text.hpp"
#include "render/document.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::render {
namespace {

DocTable regions(bool total) {
    DocTable table;
    table.columns = {{"Region", false}, {"Centres", true}};
    table.rows = {{Line{Span{"Norrbotten"}}, Line{Span{"5"}}}, {Line{Span{"Skåne"}}, Line{Span{"12"}}}};
    table.last_row_is_total = total;
    return table;
}

}  // namespace

TEST_SUITE("render::doc_text") {
    TEST_CASE("title and headings are underlined to their width in columns, blocks a blank line apart") {
        Document document;
        document.title = "Övertorneå";
        document.subtitle = "Familjecentraler";
        document.heading(2, "Möten", "meetings");
        document.heading(3, "Hösten");
        document.heading(4, "Nästa");
        document.paragraph("Text.");
        document.footer = "Uppgifter per 2 december 2026";
        CHECK(to_text(document) ==
              "Övertorneå\n"
              "==========\n"
              "Familjecentraler\n"
              "\n"
              "Möten\n"
              "-----\n"
              "\n"
              "Hösten\n"
              "~~~~~~\n"
              "\n"
              "» Nästa\n"
              "\n"
              "Text.\n"
              "\n"
              "Uppgifter per 2 december 2026\n");
    }

    TEST_CASE("facts are aligned after the longest label") {
        Document document;
        document.title = "T";
        document.facts({{"Födda", Line{Span{"omkring 2500"}}}, {"Centraler", Line{Span{"5"}}}});
        CHECK(to_text(document) == "T\n=\n\n  Födda:     omkring 2500\n  Centraler: 5\n");
    }

    TEST_CASE("a label longer than half the line stands on a line of its own") {
        Document document;
        document.title = "T";
        const std::string label(45, 'x');
        document.facts({{label, Line{Span{"value"}}}});
        CHECK(to_text(document) == "T\n=\n\n  " + label + ":\n" + std::string(43, ' ') + "value\n");
    }

    TEST_CASE("a table that fits has aligned columns, numbers to the right, a rule above a total") {
        Document document;
        document.title = "T";
        document.table(regions(true));
        CHECK(to_text(document) ==
              "T\n=\n\n"
              "Region      Centres\n"
              "----------  -------\n"
              "Norrbotten        5\n"
              "----------  -------\n"
              "Skåne            12\n");
    }

    TEST_CASE("a table too wide for the screen becomes one record per row") {
        DocTable table;
        table.columns = {{"Namn", false}, {"Beskrivning", false}, {"Plats", false}};
        const std::string long_text(70, 'a');
        table.rows = {{Line{Span{"Kalix"}}, Line{Span{long_text}}, Line{Span{"Kalix"}}},
                      {Line{Span{"Luleå"}}, Line{Span{""}}, Line{Span{"Luleå"}}}};
        Document document;
        document.title = "T";
        document.table(table);
        CHECK(to_text(document) ==
              "T\n=\n\n"
              "* Kalix\n"
              "  Beskrivning: " +
                  long_text +
                  "\n"
                  "  Plats:       Kalix\n"
                  "* Luleå\n"
                  "  Plats: Luleå\n");
    }

    TEST_CASE("a web address follows its text, a page of the site or a mail address to itself does not") {
        Document document;
        document.title = "T";
        document.paragraph(Line{Span{"Kalix", "https://kalix.se"}, Span{", "}, Span{"sidan", "region-x.html"},
                                Span{", "}, Span{"nina@x.se", "mailto:nina@x.se"}, Span{", "},
                                Span{"Nina", "mailto:nina@x.se"}, Span{", "}, Span{"ond", "javascript:alert(1)"}});
        CHECK(to_text(document) ==
              "T\n=\n\nKalix <https://kalix.se>, sidan, nina@x.se, Nina <mailto:nina@x.se>, ond\n");
    }

    TEST_CASE("lists, quotes and charts are indented, charts as their known values") {
        Document document;
        document.title = "T";
        document.list({Line{Span{"ett"}}, Line{Span{"två"}}});
        document.quote("Bra dag.", "deltagare");
        BarChart chart;
        chart.categories = {"Norrbotten", "Skåne"};
        chart.series = {{"Fulla", {2, -1}}, {"Liknande", {3, -1}}};
        document.chart(chart);
        CHECK(to_text(document) ==
              "T\n=\n\n"
              "  - ett\n"
              "  - två\n"
              "\n"
              "    ”Bra dag.”\n"
              "      – deltagare\n"
              "\n"
              "  - Norrbotten: Fulla 2, Liknande 3\n");
    }

    TEST_CASE("long paragraphs wrap at 80 columns, counted in characters, not bytes") {
        Document document;
        document.title = "T";
        std::string words;
        for (int i = 0; i < 20; ++i) words += "Överkalix ";
        document.paragraph(words);
        // Eight words fill 79 columns (87 bytes); a ninth would need 89.
        std::string eight = "Överkalix";
        for (int i = 1; i < 8; ++i) eight += " Överkalix";
        CHECK(to_text(document) == "T\n=\n\n" + eight + "\n" + eight + "\nÖverkalix Överkalix Överkalix Överkalix\n");
    }
}

}  // namespace netadmin::render
