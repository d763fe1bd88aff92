// GitHub/GitLab-flavoured markdown tables. Cell text is escaped so a value
// cannot break the table or inject markup: pipes, backslashes, markdown
// punctuation and HTML angle brackets are escaped, newlines become <br>.
#include "i18n/catalog.hpp"
#include "render/format.hpp"

namespace netadmin::render {

std::string markdown_cell(std::string_view value) {
    std::string out;
    for (const char c : value) {
        switch (c) {
            case '|': out += "\\|"; break;
            case '\\': out += "\\\\"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '*':
            case '_':
            case '`':
            case '[':
            case ']':
            case '#':
                out += '\\';
                out += c;
                break;
            case '\r': break;
            case '\n': out += "<br>"; break;
            default: out += c;
        }
    }
    return out;
}

std::string to_markdown(const report::Table& table, i18n::Language language) {
    std::string out = "|";
    std::size_t shown = 0;
    for (const auto& column : table.columns) {
        if (column.machine_only) continue;
        out += " " + markdown_cell(i18n::runtime_text(language, column.header)) + " |";
        ++shown;
    }
    out += "\n|";
    for (std::size_t i = 0; i < shown; ++i) out += " --- |";
    out += "\n";
    for (const auto& row : table.rows) {
        out += "|";
        for (std::size_t i = 0; i < row.size() && i < table.columns.size(); ++i) {
            if (!table.columns[i].machine_only) out += " " + markdown_cell(row[i].text) + " |";
        }
        out += "\n";
    }
    return out;
}

}  // namespace netadmin::render
