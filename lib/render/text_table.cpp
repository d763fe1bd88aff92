// Aligned columns for a terminal, measured in display width (UTF-8 aware,
// so "Övertorneå" lines up). Bold headers only when the caller says the
// output is a colour terminal; the caller checks isatty and NO_COLOR.
#include "i18n/catalog.hpp"
#include "render/format.hpp"
#include "util/utf8.hpp"
#include "util/visible.hpp"

#include <algorithm>

namespace netadmin::render {
namespace {

void append_padded(std::string& out, const std::string& text, std::size_t width) {
    out += text;
    const auto shown = util::display_width(text);
    if (shown < width) out.append(width - shown, ' ');
}

}  // namespace

std::string to_text_table(const report::Table& table, i18n::Language language, const TableStyle& style) {
    const auto count = table.columns.size();
    std::vector<std::string> headers;
    std::vector<std::size_t> widths;
    std::vector<std::size_t> shown;  // indexes of the columns people see
    for (std::size_t i = 0; i < count; ++i) {
        if (table.columns[i].machine_only) continue;
        shown.push_back(i);
        headers.emplace_back(i18n::runtime_text(language, table.columns[i].header));
        widths.push_back(util::display_width(headers.back()));
    }
    std::vector<std::vector<std::string>> cells;
    cells.reserve(table.rows.size());
    for (const auto& row : table.rows) {
        auto& texts = cells.emplace_back();
        for (std::size_t s = 0; s < shown.size() && shown[s] < row.size(); ++s) {
            // A control character would move the cursor, a bidi control turn the
            // cell around: shown as escapes (util/visible.hpp).
            texts.push_back(util::visible_controls(row[shown[s]].text));
            widths[s] = std::max(widths[s], util::display_width(texts.back()));
        }
    }
    std::string out;
    auto emit_row = [&](const std::vector<std::string>& row, bool header) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i + 1 == row.size()) {
                line += row[i];  // no trailing blanks
            } else {
                append_padded(line, row[i], widths[i]);
                line += "  ";
            }
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        if (header && style.colour) line = "\x1b[1m" + line + "\x1b[0m";
        out += line;
        out += '\n';
    };
    emit_row(headers, true);
    for (const auto& row : cells) emit_row(row, false);
    return out;
}

}  // namespace netadmin::render
