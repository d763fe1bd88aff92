// Markdown for GitHub and GitLab: every piece of registry text goes through
// render::markdown_cell, plus the escapes that matter outside a table cell
// (a leading list, quote or heading marker; ~ for strikethrough), so a value
// cannot inject markup. Links only for safe addresses, percent-encoded.
#include "render/doc_markdown.hpp"
#include "render/concat.hpp"
#include "render/format.hpp"

#include <fmt/format.h>

namespace netadmin::render {
namespace {

std::string md_text(std::string_view text) {
    std::string out;
    for (const char c : markdown_cell(text)) {
        if (c == '~') out += '\\';
        out += c;
    }
    return out;
}

// Escapes a marker at the start of a line that would make it a list item,
// quote, heading underline or numbered item.
std::string md_line_start(std::string text) {
    if (text.empty()) return text;
    if (std::string_view("-+>=!").find(text.front()) != std::string_view::npos) return cat({"\\", text});
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
        return cat({std::string_view(text).substr(0, digits), "\\", std::string_view(text).substr(digits)});
    }
    return text;
}

std::string md_url(const std::string& href) {
    std::string out;
    for (const char c : href) {
        if (std::string_view("()<>\"'`\\[]|*_").find(c) != std::string_view::npos) {
            out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
        } else {
            out += c;
        }
    }
    return out;
}

std::string md_line(const Line& line) {
    std::string out;
    for (const auto& span : line) {
        auto text = md_text(span.text);
        if (span.strong && !text.empty()) text = cat({"**", text, "**"});
        if (span.muted && !text.empty()) text = cat({"*", text, "*"});
        // In-page anchors are HTML ids; GitHub and GitLab make their own from the heading text.
        const auto href = span.href.rfind('#', 0) == 0 ? "" : safe_href(span.href);
        out += href.empty() ? text : cat({"[", text, "](", md_url(href), ")"});
    }
    return out;
}

std::string md_table(const DocTable& table) {
    std::string out;
    if (!table.caption.empty()) out += cat({md_line_start(md_text(table.caption)), "\n\n"});
    out += "|";
    for (const auto& column : table.columns) out += cat({" ", md_text(column.header), " |"});
    out += "\n|";
    for (const auto& column : table.columns) out += column.numeric ? " ---: |" : " --- |";
    out += "\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool total = table.last_row_is_total && r + 1 == table.rows.size();
        out += "|";
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            auto cell = i < table.rows[r].size() ? md_line(table.rows[r][i]) : "";
            if (total && !cell.empty()) cell = cat({"**", cell, "**"});
            out += cat({" ", cell, " |"});
        }
        out += "\n";
    }
    return out;
}

std::string md_block(const Block& block) {
    switch (block.kind) {
        case BlockKind::heading:
            return cat({std::string(static_cast<std::size_t>(block.level), '#'), " ", md_line(block.line), "\n"});
        case BlockKind::paragraph: return cat({md_line_start(md_line(block.line)), "\n"});
        case BlockKind::facts:
        case BlockKind::figures: {
            std::string out;
            for (const auto& fact : block.facts)
                out += cat({"- **", md_text(fact.label), ":** ", md_line(fact.value), "\n"});
            return out;
        }
        case BlockKind::list: {
            std::string out;
            for (const auto& item : block.items) out += cat({"- ", md_line_start(md_line(item)), "\n"});
            return out;
        }
        case BlockKind::table: return md_table(block.table);
        case BlockKind::chart: {
            std::string out;
            for (const auto& line : chart_lines(block.chart)) out += cat({"- ", md_line_start(md_text(line)), "\n"});
            return out;
        }
        case BlockKind::map: {
            // The SVG is a file beside the page; the text alternative is the image's.
            if (block.map.file.empty()) return cat({"- ", md_line_start(md_text(map_line(block.map))), "\n"});
            std::string url;
            for (const char c : block.map.file) {
                const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                   c == '.' || c == '-' || c == '_';
                url += plain ? std::string(1, c) : fmt::format("%{:02X}", static_cast<unsigned char>(c));
            }
            return cat({"![", md_text(block.map.text.description), "](", url, ")\n"});
        }
        case BlockKind::quote: {
            // A backslash at the end of a line is a hard line break (CommonMark).
            std::string out = cat({"> ", md_line_start(md_line(block.line))});
            if (!block.attribution.empty()) out += cat({"\\\n> – ", md_text(block.attribution)});
            return out + "\n";
        }
    }
    return "";
}

}  // namespace

std::string to_markdown(const Document& document) {
    std::string out = cat({"# ", md_text(document.title), "\n"});
    if (!document.navigation.empty()) {
        std::string nav;
        for (const auto& span : document.navigation) nav += cat({nav.empty() ? "" : " · ", md_line({span})});
        out += cat({"\n", nav, "\n"});
    }
    if (!document.subtitle.empty()) out += cat({"\n", md_line_start(md_text(document.subtitle)), "\n"});
    for (const auto& block : document.blocks) {
        auto text = md_block(block);
        if (!text.empty()) out += cat({"\n", text});
    }
    if (!document.footer.empty()) out += cat({"\n---\n\n", md_line_start(md_text(document.footer)), "\n"});
    return out;
}

}  // namespace netadmin::render
