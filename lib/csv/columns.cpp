// Header mapping (see columns.hpp).
#include "csv/columns.hpp"

#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::csv {

struct ColumnsBuilder {
    static void add(Columns& columns, std::string_view key, std::size_t index) {
        columns.index_.emplace_back(key, index);
    }
};

namespace {

using i18n::Msg;

Problem at_header(const Table& table, std::size_t column, Problem problem) {
    return at(std::move(problem), table.file, 1, column);
}

const ColumnSpec* find_spec(std::span<const ColumnSpec> specs, const std::string& name) {
    for (const auto& spec : specs) {
        for (const auto alias : spec.names) {
            if (normalise_name(alias) == name) return &spec;
        }
    }
    return nullptr;
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

std::string normalise_name(std::string_view name) {
    std::string out;
    for (const char c : util::fold_for_match(name)) {
        if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '\t') continue;
        out += c;
    }
    return out;
}

std::string_view Columns::get(const Row& row, std::string_view key) const {
    for (const auto& [name, index] : index_) {
        if (name == key) return index < row.cells.size() ? std::string_view(row.cells[index]) : std::string_view{};
    }
    return {};
}

std::size_t Columns::column(std::string_view key) const {
    for (const auto& [name, index] : index_) {
        if (name == key) return index + 1;
    }
    return 0;
}

Result<Columns> map_columns(const Table& table, std::span<const ColumnSpec> specs,
                            std::span<const std::string> ignored) {
    Columns columns;
    std::vector<std::string> ignored_names;
    for (const auto& name : ignored) ignored_names.push_back(normalise_name(name));
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const auto name = normalise_name(table.header[i]);
        if (std::find(ignored_names.begin(), ignored_names.end(), name) != ignored_names.end()) continue;
        // A column without a name or a value, as a separator at the end of
        // every line leaves it, is no column.
        if (is_blank(table.header[i]) && std::all_of(table.rows.begin(), table.rows.end(), [i](const Row& row) {
                return i >= row.cells.size() || is_blank(row.cells[i]);
            })) {
            continue;
        }
        const auto* spec = find_spec(specs, name);
        if (spec == nullptr) {
            std::vector<std::string> known;
            for (const auto& s : specs) {
                for (const auto alias : s.names) known.emplace_back(alias);
            }
            auto problem = at_header(table, i + 1, Problem(Msg::err_csv_unknown_column, table.header[i]));
            const auto nearest = util::closest_match(table.header[i], known);
            if (!nearest) return problem;
            return std::move(problem).with_suggestions({*nearest});
        }
        if (const auto first = columns.column(spec->key); first != 0) {
            return at_header(table, i + 1,
                             Problem(Msg::err_csv_duplicate_column, table.header[i], static_cast<std::int64_t>(first)));
        }
        ColumnsBuilder::add(columns, spec->key, i);
    }
    for (const auto& spec : specs) {
        if (spec.required && !columns.has(spec.key)) {
            std::string names;
            for (const auto alias : spec.names) names += (names.empty() ? "'" : ", '") + std::string(alias) + "'";
            return at_header(table, 1, Problem(Msg::err_csv_missing_column, std::string(spec.key), names));
        }
    }
    return columns;
}

}  // namespace netadmin::csv
