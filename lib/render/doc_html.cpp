// HTML5 pages: one self-contained file (inline CSS, no script, no external
// font or image), `lang` from the document, headings in order with each h2
// opening a <section>, facts as <dl>, tables with <th scope>, charts as
// inline SVG. Every piece of text goes through html_escape.
#include "render/doc_html.hpp"
#include "render/chart_svg.hpp"
#include "render/html_escape.hpp"
#include "render/html_style.hpp"
#include "render/map_svg.hpp"

#include "i18n/language.hpp"

#include <fmt/format.h>

namespace netadmin::render {
namespace {

std::string html_line(const Line& line) {
    std::string out;
    for (const auto& span : line) {
        std::string text = html_escape(span.text);
        if (span.strong) text.insert(0, "<strong>").append("</strong>");
        if (span.muted) text.insert(0, "<span class=\"muted\">").append("</span>");
        const auto href = safe_href(span.href);
        out += href.empty() ? text : "<a href=\"" + html_escape(href) + "\">" + text + "</a>";
    }
    return out;
}

std::string html_table(const DocTable& table) {
    // A table wider than the screen scrolls in its box: a keyboard can
    // reach the box and scroll it (WCAG 2.1.1), and a table with a caption
    // makes it a region named by the caption.
    const auto named =
        table.caption.empty() ? std::string() : " role=\"region\" aria-label=\"" + html_escape(table.caption) + "\"";
    std::string out = "<div class=\"table-wrap\" tabindex=\"0\"" + named + "><table>\n";
    if (!table.caption.empty()) out += "<caption>" + html_escape(table.caption) + "</caption>\n";
    out += "<thead><tr>";
    for (const auto& column : table.columns) {
        out += std::string("<th scope=\"col\"") + (column.numeric ? " class=\"num\"" : "") + ">" +
               html_escape(column.header) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (table.last_row_is_total && r + 1 == table.rows.size()) out += "</tbody>\n<tfoot>\n";
        out += "<tr>";
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const auto cell = i < table.rows[r].size() ? html_line(table.rows[r][i]) : "";
            const auto cls = table.columns[i].numeric ? " class=\"num\"" : "";
            out += i == 0 ? fmt::format("<th scope=\"row\"{}>{}</th>", cls, cell)
                          : fmt::format("<td{}>{}</td>", cls, cell);
        }
        out += "</tr>\n";
    }
    out += table.last_row_is_total ? "</tfoot>\n" : "</tbody>\n";
    return out + "</table></div>\n";
}

std::string html_block(const Block& block, int index) {
    switch (block.kind) {
        case BlockKind::heading: {
            const auto id = safe_href(block.anchor).empty() ? "" : " id=\"" + html_escape(block.anchor) + "\"";
            return fmt::format("<h{0}{1}>{2}</h{0}>\n", block.level, id, html_line(block.line));
        }
        case BlockKind::paragraph: return "<p>" + html_line(block.line) + "</p>\n";
        case BlockKind::figures: {
            std::string out = "<ul class=\"figures\">\n";
            for (const auto& figure : block.facts) {
                out += "<li><span class=\"figure\">" + html_line(figure.value) +
                       "</span> <span class=\"figure-label\">" + html_escape(figure.label) + "</span></li>\n";
            }
            return out + "</ul>\n";
        }
        case BlockKind::facts: {
            std::string out = block.compact ? "<dl class=\"facts compact\">\n" : "<dl class=\"facts\">\n";
            for (const auto& fact : block.facts) {
                out += "<dt>" + html_escape(fact.label) + "</dt><dd>" + html_line(fact.value) + "</dd>\n";
            }
            return out + "</dl>\n";
        }
        case BlockKind::list: {
            std::string out = "<ul>\n";
            for (const auto& item : block.items) out += "<li>" + html_line(item) + "</li>\n";
            return out + "</ul>\n";
        }
        case BlockKind::table: return html_table(block.table);
        case BlockKind::chart: {
            return "<figure>" + chart_svg(block.chart, fmt::format("chart{}", index), block.chart.unknown_label) +
                   "<figcaption>" + html_escape(block.chart.description) + "</figcaption></figure>\n";
        }
        case BlockKind::map: {
            return "<figure>" +
                   map_svg(block.map.map, *block.map.outlines, block.map.text, fmt::format("map{}", index)) +
                   "<figcaption>" + html_escape(block.map.text.description) + "</figcaption></figure>\n";
        }
        case BlockKind::quote: {
            std::string out = "<blockquote><p>" + html_line(block.line) + "</p>";
            if (!block.attribution.empty()) out += "<footer>– " + html_escape(block.attribution) + "</footer>";
            return out + "</blockquote>\n";
        }
    }
    return "";
}

std::string html_contents(const Document& document) {
    if (document.contents_label.empty()) return "";
    std::string out = "<nav class=\"toc\" aria-label=\"" + html_escape(document.contents_label) + "\"><ul>\n";
    for (const auto& block : document.blocks) {
        if (block.kind != BlockKind::heading || block.level != 2 || safe_href(block.anchor).empty()) continue;
        out += "<li><a href=\"#" + html_escape(block.anchor) + "\">" + html_line(block.line) + "</a></li>\n";
    }
    return out + "</ul></nav>\n";
}

std::string html_head(const Document& document) {
    return fmt::format(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{}</title>\n<style>\n{}</style>\n</head>\n",
        i18n::language_code(document.language), html_escape(document.title), html_stylesheet());
}

std::string html_navigation(const Document& document) {
    if (document.navigation.empty()) return "";
    std::string out = "<header class=\"site\"><nav>";
    for (const auto& span : document.navigation) {
        const auto href = safe_href(span.href);
        if (href.empty()) {
            out += "<a aria-current=\"page\">" + html_escape(span.text) + "</a>";
        } else {
            out += "<a href=\"" + html_escape(href) + "\">" + html_escape(span.text) + "</a>";
        }
    }
    return out + "</nav></header>\n";
}

}  // namespace

std::string to_html(const Document& document) {
    std::string out = html_head(document) + "<body>\n" + html_navigation(document) + "<main>\n";
    out += "<div class=\"masthead\"><h1>" + html_escape(document.title) + "</h1>\n";
    if (!document.subtitle.empty()) out += "<p class=\"subtitle\">" + html_escape(document.subtitle) + "</p>\n";
    out += "</div>\n" + html_contents(document);
    bool in_section = false;
    int index = 0;
    for (const auto& block : document.blocks) {
        if (block.kind == BlockKind::heading && block.level == 2) {
            if (in_section) out += "</section>\n";
            out += "<section>\n";
            in_section = true;
        }
        out += html_block(block, index++);
    }
    if (in_section) out += "</section>\n";
    out += "</main>\n";
    if (!document.footer.empty())
        out += "<footer class=\"page-footer\"><p>" + html_escape(document.footer) + "</p></footer>\n";
    return out + "</body>\n</html>\n";
}

}  // namespace netadmin::render
