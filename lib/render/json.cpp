// JSON for scripts: an array of objects, one per row, keys in column order,
// two-space indentation, one trailing newline. Strings are escaped per RFC
// 8259; non-ASCII stays UTF-8, but for the controls of util/visible.hpp.
#include "render/format.hpp"
#include "util/visible.hpp"

#include <fmt/format.h>

namespace netadmin::render {

std::string json_string(std::string_view value) {
    std::string out = "\"";
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                // The other C0 controls as JSON requires, and DEL, the C1
                // controls and the bidi controls the same way (util/visible.hpp),
                // so no raw one reaches whoever reads the file; parsed, the
                // value is what the registry holds.
                if (const auto hidden = util::hidden_at(value, i)) {
                    out += fmt::format("\\u{:04x}", static_cast<unsigned>(hidden->code));
                    i += hidden->length - 1;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
    return out;
}

namespace {

std::string json_value(const report::Cell& cell) {
    if (cell.is_list) {
        std::string out = "[";
        for (std::size_t i = 0; i < cell.items.size(); ++i) {
            if (i != 0) out += ", ";
            out += json_string(cell.items[i]);
        }
        return out + "]";
    }
    if (cell.is_null) return "null";
    if (cell.is_number) return cell.data;
    return json_string(cell.data);
}

}  // namespace

// `"region_inferred": {"inferred": true, "evidence": "…"}` after a value
// that is an inference, so a script that knows only "region" reads on as
// before.
std::string inferred_value(std::string_view key, const report::Cell& cell) {
    return ",\n    " + json_string(std::string(key) + "_inferred") +
           ": {\"inferred\": true, \"evidence\": " + json_string(cell.evidence) + "}";
}

std::string to_json(const report::Table& table) {
    if (table.rows.empty()) return "[]\n";
    std::string out = "[\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out += "  {";
        const auto& row = table.rows[r];
        for (std::size_t i = 0; i < row.size(); ++i) {
            out += i == 0 ? "\n    " : ",\n    ";
            out += json_string(table.columns[i].key);
            out += ": ";
            out += json_value(row[i]);
            if (row[i].inferred) out += inferred_value(table.columns[i].key, row[i]);
        }
        out += "\n  }";
        out += r + 1 < table.rows.size() ? ",\n" : "\n";
    }
    return out + "]\n";
}

}  // namespace netadmin::render
