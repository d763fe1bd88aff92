// RFC 4180 CSV for spreadsheets and scripts: a header row of the columns'
// English keys, CRLF line ends, fields quoted when they need it. A cell that
// a spreadsheet would read as a formula (=, +, -, @, and tab or CR at the
// start) is prefixed with an apostrophe, as OWASP recommends.
#include "render/format.hpp"

namespace netadmin::render {

std::string csv_field(std::string_view value) {
    std::string field;
    if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) field += '\'';
    field += value;
    if (field.find_first_of(",\"\r\n'") == std::string::npos) return field;
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string to_csv(const report::Table& table) {
    std::string out;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (i != 0) out += ',';
        out += csv_field(table.columns[i].key);
    }
    out += "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i != 0) out += ',';
            // Numbers are ours, never formulas, and may be negative.
            out += row[i].is_number ? row[i].data : csv_field(row[i].data);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace netadmin::render
