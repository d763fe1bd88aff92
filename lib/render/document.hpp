// A report laid out for people, independent of the output format: headings,
// paragraphs, facts (label: value), lists, tables and bar charts, with text
// already translated. Report layouts (render/report_layout*.cpp) build it
// from a view; the text, markdown and HTML writers (render/doc_text.hpp,
// doc_markdown.hpp, doc_html.hpp) turn it into bytes. Text in a Document is raw: each writer escapes it.
#pragma once

#include "i18n/language.hpp"
#include "render/map_svg.hpp"

#include <string>
#include <vector>

namespace netadmin::render {

// A run of text, optionally a link. `href` is used only when it is safe
// (see safe_href); otherwise the text is shown alone.
struct Span {
    Span(std::string text_ = "", std::string href_ = "", bool strong_ = false, bool muted_ = false)  // NOLINT
        : text(std::move(text_)), href(std::move(href_)), strong(strong_), muted(muted_) {}
    std::string text;
    std::string href;
    bool strong = false;
    bool muted = false;  // secondary information: "(address not known)"
};

using Line = std::vector<Span>;

struct Fact {
    std::string label;
    Line value;
};

struct TableColumn {
    std::string header;
    bool numeric = false;
};

struct DocTable {
    std::string caption;
    std::vector<TableColumn> columns;
    std::vector<std::vector<Line>> rows;  // the first cell of a row is its header
    bool last_row_is_total = false;
};

struct ChartSeries {
    std::string label;
    std::vector<double> values;  // one per category; negative means unknown
};

struct BarChart {
    std::string title;
    std::string description;  // the text alternative, read out instead of the picture
    std::vector<std::string> categories;
    std::vector<ChartSeries> series;  // stacked
    std::string unknown_label;        // shown for a category whose values are unknown
};

// A coverage map: SVG in HTML; in markdown an image whose file is written
// beside the page (`file`, when there is one); elsewhere its legend as a line.
struct MapFigure {
    report::CoverageMap map;
    MapText text;
    const model::Outlines* outlines = nullptr;  // never null in a document
    std::string file;
};

enum class BlockKind { heading, paragraph, facts, figures, list, table, chart, quote, map };

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 2;            // headings: 1 = page title
    std::string anchor;       // headings: id for links within the page
    Line line;                // heading, paragraph, quote text
    std::string attribution;  // quote: who said it
    std::vector<Fact> facts;  // facts; figures (the value is the big number)
    bool compact = false;     // facts: a lighter box (details of a meeting)
    std::vector<Line> items;  // list
    DocTable table;           // table
    BarChart chart;           // chart
    MapFigure map;            // map
};

struct Document {
    i18n::Language language = i18n::Language::sv;
    std::string title;     // the page title (also the h1)
    std::string subtitle;  // one line under the title
    Line navigation;       // links to the other pages of a site; empty for a single report
    std::vector<Block> blocks;
    std::string footer;          // e.g. "Uppgifter per 23 november 2026"
    std::string contents_label;  // when set, HTML lists the h2 sections under this label

    Block& heading(int level, std::string text, std::string anchor = "");
    Block& paragraph(Line line);
    Block& paragraph(std::string text);
    Block& facts(std::vector<Fact> facts);
    // Key figures shown large in HTML, as facts elsewhere.
    Block& figures(std::vector<Fact> figures);
    Block& list(std::vector<Line> items);
    Block& table(DocTable table);
    Block& chart(BarChart chart);
    Block& quote(std::string text, std::string attribution);
    Block& map(MapFigure map);
};

// `href` when it is an http(s) or mailto address, or a plain relative file
// name a site page links to ("region-norrbotten.html", "#centres");
// empty otherwise, so "javascript:" and friends never become links.
std::string safe_href(const std::string& href);

// A chart's data as lines for formats without pictures (text, markdown):
// "Region Norrbotten: Family centres 2, Similar operations 3", one per
// category with known values; categories with none are left to the table.
std::vector<std::string> chart_lines(const BarChart& chart);
// A map's legend as one line for formats without pictures: "Municipalities:
// Family centre 2, Similar operation only 3, Neither 9, Not known 276".
std::string map_line(const MapFigure& map);

}  // namespace netadmin::render
