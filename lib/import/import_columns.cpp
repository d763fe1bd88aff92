// The columns of an import (see import.hpp): each importable field of a
// kind by its key and the names people give it, and a cell's text as the
// import reads it.
#include "import/import.hpp"

#include "import/import_detail.hpp"
#include "labels/field_names.hpp"

#include <map>

namespace netadmin::imports {
namespace {

using model::ValueType;

struct Alias {
    std::string_view key;
    std::vector<std::string_view> names;
};

// The names people give the fields' columns beyond the key and its Swedish
// name (labels/field_names.hpp). Compared as csv::normalise_name compares
// them: case, accents, spaces and hyphens do not count ("E-post" is "epost").
const std::vector<Alias>& aliases() {
    static const std::vector<Alias> table{
        {"email", {csv::kEmailNames.begin(), csv::kEmailNames.end()}},
        {"phone", {"tel", "telefonnummer"}},
        {"organisation", {"organization"}},
        {"region", {"län"}},
        {"opened", {"öppnade"}},
        {"address", {"besöksadress"}},
        {"url", {"webb", "hemsida"}},
        {"note", {"kommentar"}},
    };
    return table;
}

// A listing's `inferred` column names the columns whose values are
// inferences, its own or followed from another entity's (render/csv.cpp):
// what the registry says of the values, not a value to import. The import
// knows the column, so a listing reads back without a warning, and never
// reads it; the evidence of an inference is written in the registry.
constexpr std::string_view kListingInferred = "inferred";

bool importable(const model::FieldInfo& field) {
    return field.type != ValueType::table && field.type != ValueType::table_list &&
           field.key.find('.') == std::string::npos && field.key != kListingInferred;
}

}  // namespace

namespace detail {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

bool is_list(ValueType type) {
    return type == ValueType::id_list || type == ValueType::text_list || type == ValueType::word_set ||
           type == ValueType::day_list;
}

const KindColumns& columns_of(model::EntityKind kind) {
    static std::map<model::EntityKind, KindColumns> made;
    const auto [entry, fresh] = made.try_emplace(kind);
    auto& out = entry->second;
    if (!fresh) return out;
    for (auto& field : model::field_infos(kind)) {
        if (importable(field)) out.fields.push_back(std::move(field));
    }
    out.specs.push_back({"id", {"id"}, false});
    for (const auto& field : out.fields) {
        csv::ColumnSpec spec{field.key, {field.key}, false};
        if (const auto label = labels::field_label(field.key)) {
            spec.names.push_back(i18n::runtime_text(i18n::Language::sv, *label));
        }
        for (const auto& alias : aliases()) {
            if (alias.key != field.key) continue;
            for (const auto name : alias.names) {
                if (name != field.key) spec.names.push_back(name);
            }
        }
        out.specs.push_back(std::move(spec));
    }
    csv::ColumnSpec inferred{kListingInferred, {kListingInferred}, false};
    if (const auto label = labels::field_label(kListingInferred)) {
        inferred.names.push_back(i18n::runtime_text(i18n::Language::sv, *label));
    }
    out.specs.push_back(std::move(inferred));
    return out;
}

}  // namespace detail

std::span<const csv::ColumnSpec> kind_columns(model::EntityKind kind) { return detail::columns_of(kind).specs; }

std::string cell_text(std::string_view cell) {
    auto text = detail::trimmed(cell);
    if (text.size() > 1 && text.front() == '\'' &&
        std::string_view("=+-@\t\r'").find(text[1]) != std::string_view::npos) {
        text.erase(0, 1);
    }
    return text;
}

}  // namespace netadmin::imports
