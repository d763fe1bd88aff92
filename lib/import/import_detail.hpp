// What the parts of an import share (import.hpp is its interface): the
// columns of each kind (import_columns.cpp) and a cell's value checked and
// compared with the registry's (import_values.cpp). Included only by
// lib/import/import*.cpp.
#pragma once

#include "csv/columns.hpp"
#include "model/field_access.hpp"
#include "model/registry.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace netadmin::imports::detail {

std::string trimmed(std::string_view text);

// Whether a field's cell holds a list (items separated by ';' or ',').
bool is_list(model::ValueType type);

struct KindColumns {
    std::vector<model::FieldInfo> fields;
    std::vector<csv::ColumnSpec> specs;  // views of the keys above
};

// The importable fields of a kind and their columns; made once per kind
// and kept, so the specs' views stay valid.
const KindColumns& columns_of(model::EntityKind kind);

// The cell's value in data form, checked as the loader checks it (same
// messages, same did-you-mean), or the problem.
catalog::Result<std::vector<std::string>> checked(const model::Registry& registry, model::EntityKind kind,
                                                  const model::FieldInfo& field, const std::string& text);

// A cell of ids of people (a centre's `contacts`) with each item as people
// write it: an id, an e-mail address (any case) or a name (any case, when
// one person has it) becomes the person's id. A name several people have is
// the problem; an item that names no one stays as written, for `checked`
// to refuse with the nearest ids.
catalog::Result<std::string> people_by_id_name_or_email(const model::Registry& registry, const std::string& text);

// Whether the registry has the value already.
bool has_value(const model::Registry& registry, model::EntityRef ref, const model::FieldInfo& field,
               std::vector<std::string> wanted);

}  // namespace netadmin::imports::detail
