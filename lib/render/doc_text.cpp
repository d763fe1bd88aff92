// Plain text for an 80-column terminal or an e-mail body: underlined
// headings, wrapped paragraphs, aligned "label: value" facts, and tables as
// columns when they fit (figures under numbered headers if need be), else
// one record per row. Charts are left out: the table beside them carries
// the same numbers.
#include "render/doc_text.hpp"
#include "render/concat.hpp"
#include "render/wrap.hpp"

#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::render {
namespace {

constexpr std::size_t kWidth = 80;

std::string line_text(const Line& line) {
    std::string out;
    for (const auto& span : line) {
        out += span.text;
        const auto href = safe_href(span.href);
        if (!href.empty() && href != span.text && href.find(".html") == std::string::npos && href[0] != '#') {
            const bool mail = href.rfind("mailto:", 0) == 0;
            if (!mail || href.substr(7) != span.text) out += cat({" <", href, ">"});
        }
    }
    return out;
}

std::string pad(std::string_view text, std::size_t width) {
    std::string out(text);
    const auto shown = util::display_width(text);
    if (shown < width) out.append(width - shown, ' ');
    return out;
}

std::string heading(const Block& block) {
    const auto text = line_text(block.line);
    if (block.level >= 4) return wrap_with_prefix(text, kWidth, "» ", "  ");
    const char underline = block.level <= 1 ? '=' : block.level == 2 ? '-' : '~';
    std::string out;
    std::size_t widest = 0;
    for (const auto& line : wrap_words(text, kWidth)) {
        out += cat({line, "\n"});
        widest = std::max(widest, util::display_width(line));
    }
    out.append(widest, underline);
    return out + "\n";
}

std::string facts(const Block& block) {
    std::size_t label_width = 0;
    for (const auto& fact : block.facts) label_width = std::max(label_width, util::display_width(fact.label) + 1);
    // Up to half the width a label keeps its value beside it; only a longer
    // one stands on a line of its own.
    label_width = std::min<std::size_t>(label_width, 40);
    std::string out;
    const std::string rest(label_width + 3, ' ');
    for (const auto& fact : block.facts) {
        const auto label = cat({fact.label, ":"});
        if (util::display_width(label) > label_width) {
            out += cat({"  ", label, "\n"});
            out += wrap_with_prefix(line_text(fact.value), kWidth, rest, rest);
        } else {
            out += wrap_with_prefix(line_text(fact.value), kWidth, cat({"  ", pad(label, label_width), " "}), rest);
        }
    }
    return out;
}

std::string records(const DocTable& table) {
    std::string out;
    for (const auto& row : table.rows) {
        if (row.empty()) continue;
        out += wrap_with_prefix(line_text(row[0]), kWidth, "* ", "  ");
        Block block;
        for (std::size_t i = 1; i < row.size() && i < table.columns.size(); ++i) {
            if (line_text(row[i]).empty()) continue;
            block.facts.push_back({table.columns[i].header, row[i]});
        }
        out += facts(block);
    }
    return out;
}

std::vector<std::size_t> column_widths(const DocTable& table, const std::vector<std::string>& headers) {
    std::vector<std::size_t> widths(table.columns.size(), 0);
    for (std::size_t i = 0; i < headers.size(); ++i) widths[i] = util::display_width(headers[i]);
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], util::display_width(line_text(row[i])));
        }
    }
    return widths;
}

bool fits(const std::vector<std::size_t>& widths) {
    std::size_t total = 0;
    for (const auto width : widths) total += width + 2;
    return total <= kWidth + 2;
}

// A table of figures whose headers are wider than its numbers (the coverage
// report) keeps its columns on a screen with numbered headers and a legend.
bool numbered_headers_fit(const DocTable& table, std::vector<std::string>& headers) {
    for (std::size_t i = 1; i < table.columns.size(); ++i) {
        if (!table.columns[i].numeric) return false;
    }
    std::vector<std::string> numbered{headers.front()};
    for (std::size_t i = 1; i < headers.size(); ++i) numbered.push_back(cat({"(", std::to_string(i), ")"}));
    if (!fits(column_widths(table, numbered))) return false;
    headers = std::move(numbered);
    return true;
}

std::string legend(const DocTable& table) {
    std::string out;
    for (std::size_t i = 1; i < table.columns.size(); ++i) {
        out += wrap_with_prefix(table.columns[i].header, kWidth, cat({"(", std::to_string(i), ") "}), "    ");
    }
    return out;
}

std::string table(const DocTable& table) {
    std::vector<std::string> headers;
    for (const auto& column : table.columns) headers.push_back(column.header);
    std::string out = table.caption.empty() ? "" : wrap_with_prefix(table.caption, kWidth, "", "");
    bool numbered = false;
    if (!fits(column_widths(table, headers))) {
        if (headers.empty() || !numbered_headers_fit(table, headers)) return out + records(table);
        numbered = true;
    }
    const auto widths = column_widths(table, headers);
    auto row_line = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            const auto shown = util::display_width(cells[i]);
            if (table.columns[i].numeric)
                line += std::string(widths[i] - std::min(widths[i], shown), ' ') + cells[i];
            else
                line += last ? cells[i] : pad(cells[i], widths[i]);
            if (!last) line += "  ";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        return line + "\n";
    };
    out += row_line(headers);
    std::string rule;
    for (std::size_t i = 0; i < widths.size(); ++i)
        rule += std::string(widths[i], '-') + (i + 1 < widths.size() ? "  " : "");
    out += cat({rule, "\n"});
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (table.last_row_is_total && r + 1 == table.rows.size()) out += cat({rule, "\n"});
        std::vector<std::string> cells;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            cells.push_back(i < table.rows[r].size() ? line_text(table.rows[r][i]) : "");
        }
        out += row_line(cells);
    }
    return numbered ? cat({out, "\n", legend(table)}) : out;
}

std::string block_text(const Block& block) {
    switch (block.kind) {
        case BlockKind::heading: return heading(block);
        case BlockKind::paragraph: return wrap_with_prefix(line_text(block.line), kWidth, "", "");
        case BlockKind::facts:
        case BlockKind::figures: return facts(block);
        case BlockKind::list: {
            std::string out;
            for (const auto& item : block.items) out += wrap_with_prefix(line_text(item), kWidth, "  - ", "    ");
            return out;
        }
        case BlockKind::table: return table(block.table);
        case BlockKind::chart: {
            std::string out;
            for (const auto& line : chart_lines(block.chart)) out += wrap_with_prefix(line, kWidth, "  - ", "    ");
            return out;
        }
        case BlockKind::map: return wrap_with_prefix(map_line(block.map), kWidth, "  - ", "    ");
        case BlockKind::quote: {
            auto out = wrap_with_prefix(cat({"”", line_text(block.line), "”"}), kWidth, "    ", "    ");
            if (!block.attribution.empty()) out += cat({"      – ", block.attribution, "\n"});
            return out;
        }
    }
    return "";
}

}  // namespace

std::string to_text(const Document& document) {
    Block title;
    title.kind = BlockKind::heading;
    title.level = 1;
    title.line = {Span{document.title}};
    std::string out = heading(title);
    if (!document.subtitle.empty()) out += wrap_with_prefix(document.subtitle, kWidth, "", "");
    for (const auto& block : document.blocks) {
        auto text = block_text(block);
        if (text.empty()) continue;
        out += cat({"\n", text});
    }
    if (!document.footer.empty()) out += cat({"\n", wrap_with_prefix(document.footer, kWidth, "", "")});
    return out;
}

}  // namespace netadmin::render
