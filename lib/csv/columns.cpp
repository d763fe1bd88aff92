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

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

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

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "'" : ", '") + name + "'";
    return out;
}

std::vector<std::string> all_names(std::span<const ColumnSpec> specs) {
    std::vector<std::string> known;
    for (const auto& spec : specs) {
        for (const auto alias : spec.names) known.emplace_back(alias);
    }
    return known;
}

// The spec a header stands for: a rename given for this run first.
const ColumnSpec* spec_of(std::span<const ColumnSpec> specs, const ColumnChoices& choices, const std::string& name) {
    for (const auto& rename : choices.renamed) {
        if (normalise_name(rename.header) != name) continue;
        for (const auto& spec : specs) {
            if (spec.key == rename.key) return &spec;
        }
    }
    return find_spec(specs, name);
}

bool is_empty_column(const Table& table, std::size_t i) {
    return is_blank(table.header[i]) && std::all_of(table.rows.begin(), table.rows.end(), [i](const Row& row) {
               return i >= row.cells.size() || is_blank(row.cells[i]);
           });
}

// One warning naming every unknown column, with the nearest known names.
Problem unused_warning(const Table& table, const std::vector<std::size_t>& unknown, std::span<const ColumnSpec> specs) {
    std::vector<std::string> names;
    std::vector<std::string> nearest;
    const auto known = all_names(specs);
    for (const auto i : unknown) {
        names.push_back(table.header[i]);
        const auto near = util::closest_match(table.header[i], known);
        if (near && std::find(nearest.begin(), nearest.end(), *near) == nearest.end()) nearest.push_back(*near);
    }
    auto problem = names.size() == 1 ? Problem(Msg::warn_csv_unused_column, quoted_list(names))
                                     : Problem(Msg::warn_csv_unused_columns, quoted_list(names));
    return at_header(table, unknown.front() + 1, std::move(problem).as_warning()).with_suggestions(std::move(nearest));
}

catalog::Status check_renames(const Table& table, const ColumnChoices& choices) {
    for (const auto& rename : choices.renamed) {
        const auto wanted = normalise_name(rename.header);
        const bool found = std::any_of(table.header.begin(), table.header.end(),
                                       [&](const std::string& header) { return normalise_name(header) == wanted; });
        if (!found) return at_header(table, 1, Problem(Msg::err_csv_renamed_missing, rename.header));
    }
    return {};
}

}  // namespace

Result<MappedColumns> map_columns(const Table& table, std::span<const ColumnSpec> specs, const ColumnChoices& choices) {
    if (auto renames = check_renames(table, choices); !renames) return renames.problem();
    MappedColumns mapped;
    auto& columns = mapped.columns;
    std::vector<std::string> ignored_names;
    for (const auto& name : choices.ignored) ignored_names.push_back(normalise_name(name));
    std::vector<std::size_t> unknown;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const auto name = normalise_name(table.header[i]);
        if (std::find(ignored_names.begin(), ignored_names.end(), name) != ignored_names.end()) continue;
        // A column without a name or a value, as a separator at the end of
        // every line leaves it, is no column.
        if (is_empty_column(table, i)) continue;
        const auto* spec = spec_of(specs, choices, name);
        if (spec == nullptr) {
            unknown.push_back(i);
            if (choices.keep_unknown) continue;
            auto problem = at_header(table, i + 1, Problem(Msg::err_csv_unknown_column, table.header[i]));
            const auto nearest = util::closest_match(table.header[i], all_names(specs));
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
    if (!unknown.empty()) mapped.warnings.push_back(unused_warning(table, unknown, specs));
    return mapped;
}

Result<Columns> map_columns(const Table& table, std::span<const ColumnSpec> specs,
                            std::span<const std::string> ignored) {
    auto mapped = map_columns(table, specs, ColumnChoices{ignored, {}, false});
    if (!mapped) return mapped.problem();
    return std::move(mapped->columns);
}

Result<std::vector<ColumnRename>> parse_renames(std::string_view text, std::span<const ColumnSpec> specs) {
    std::vector<ColumnRename> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        const auto pair = text.substr(start, end - start);
        start = end + 1;
        if (is_blank(pair)) continue;
        const auto equals = pair.find('=');
        const auto header = equals == std::string_view::npos ? std::string() : trim(pair.substr(0, equals));
        const auto column = equals == std::string_view::npos ? std::string() : trim(pair.substr(equals + 1));
        if (header.empty() || column.empty()) return Problem(Msg::err_columns_bad_pair, std::string(pair));
        const auto* spec = find_spec(specs, normalise_name(column));
        if (spec == nullptr) {
            std::vector<std::string> keys;
            for (const auto& s : specs) keys.emplace_back(s.key);
            auto problem = Problem(Msg::err_columns_unknown_key, column, quoted_list(keys));
            if (const auto near = util::closest_match(column, all_names(specs))) {
                return std::move(problem).with_suggestions({*near});
            }
            return problem;
        }
        out.push_back({header, std::string(spec->key)});
    }
    return out;
}

}  // namespace netadmin::csv
