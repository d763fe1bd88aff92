// RFC 4180 CSV for spreadsheets and scripts: a header row of the columns'
// English keys, CRLF line ends, fields quoted when they need it. The
// excel-sv dialect is what Excel in Sweden opens as columns: `;` between
// fields (`,` is the decimal comma there) and a byte-order mark, without
// which Excel reads the file as Windows-1252. A cell that
// a spreadsheet would read as a formula (=, +, -, @, and tab or CR at the
// start) is prefixed with an apostrophe, as OWASP recommends; so is one
// that starts with an apostrophe, so that the import (imports::cell_text),
// which takes one apostrophe off before any of these, gives it back as it is.
// A listing of entities ends with an `inferred` column: the keys of the
// columns whose value is an inference, separated by ';' as lists are.
// Control and bidi characters are dropped (util/visible.hpp); a line end
// (LF, CRLF) and a tab in a cell stay, inside quotes.
#include "render/format.hpp"
#include "util/visible.hpp"

namespace netadmin::render {

namespace {

// The hidden characters but the line ends and tab a quoted cell may hold.
std::string without_controls(std::string_view raw) {
    std::string value;
    value.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto hidden = util::hidden_at(raw, i);
        if (!hidden || raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\t') {
            value += raw[i];
        } else {
            i += hidden->length - 1;
        }
    }
    return value;
}

std::string field_in(std::string_view raw, char separator) {
    const auto value = without_controls(raw);
    std::string field;
    if (!value.empty() && std::string_view("=+-@\t\r'").find(value.front()) != std::string_view::npos) field += '\'';
    field += value;
    const char special[] = {separator, '"', '\r', '\n', '\'', '\0'};
    if (field.find_first_of(special) == std::string::npos) return field;
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

}  // namespace

std::string csv_field(std::string_view value) { return field_in(value, ','); }

std::string to_csv(const report::Table& table, CsvDialect dialect) {
    const char separator = dialect == CsvDialect::excel_sv ? ';' : ',';
    std::string out = dialect == CsvDialect::excel_sv ? "\xef\xbb\xbf" : "";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (i != 0) out += separator;
        out += field_in(table.columns[i].key, separator);
    }
    if (table.marks_inferences) out += separator + std::string("inferred");
    out += "\r\n";
    for (const auto& row : table.rows) {
        std::string inferred;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i != 0) out += separator;
            // Numbers are ours, never formulas, and may be negative.
            out += row[i].is_number ? row[i].data : field_in(row[i].data, separator);
            if (row[i].inferred) inferred += (inferred.empty() ? "" : ";") + table.columns[i].key;
        }
        if (table.marks_inferences) out += separator + field_in(inferred, separator);
        out += "\r\n";
    }
    return out;
}

}  // namespace netadmin::render
