// What a person types on the command line (`opened=2009`, `contacts+=anna`,
// `participants="ett 30-tal"`) turned into the TOML value the edit engine
// writes, typed by the field table (model/fields.hpp): nothing here knows a
// kind or a key. The form of a value is checked by model::assign_field on a
// scratch entity, which is what the loader accepts; ids are checked against
// the registry with a did-you-mean. Whether the registry as a whole stays
// valid is checked afterwards by loading it with the edit applied
// (edit/registry_edit.hpp).
#pragma once

#include "catalog/problem.hpp"
#include "edit/value.hpp"
#include "model/field_access.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::edit {

// One argument of add or set.
struct Change {
    enum class Op { set, unset, add, remove };
    std::string key;  // "opened", "registration.deadline"
    Op op = Op::set;
    std::string value;
};

// "key=value", "key+=value", "key-=value".
catalog::Result<Change> parse_change(std::string_view argument);

// Whose fields an edit names: an entity kind, or (none) the registry's
// [settings].
using FieldOwner = std::optional<model::EntityKind>;

// The field `key` of `owner`, or why there is none (with did-you-mean): the
// one lookup of a field by its name for add, set and import. A nested
// table as a whole is refused: its fields are set one by one.
catalog::Result<model::FieldInfo> editable_field(FieldOwner owner, std::string_view key);

// A value of only spaces and tabs counts as empty.
bool is_blank(std::string_view text);

// The value of a whole field from its text. Lists take their items
// separated by commas ("mvc,bvc"); an item is checked as typed_item does.
catalog::Result<Value> typed_value(const model::Registry& registry, FieldOwner owner, const model::FieldInfo& field,
                                   std::string_view text);

// One item of a list field (id_list, text_list, word_set, day_list).
catalog::Result<Value> typed_item(const model::Registry& registry, const model::FieldInfo& field,
                                  std::string_view text);

// The kind of entity a name gives ("centre", "person" …).
catalog::Result<model::EntityKind> parse_entity_kind(std::string_view name);

// An id made from a name: lowercase ASCII letters, digits and hyphens,
// Swedish and other accented letters folded (å, ä -> a; ö -> o; é -> e),
// everything else a hyphen; empty when nothing is left.
std::string slug(std::string_view name);

// The longest id id_from_name makes, leaving room for "-2" … "-9999999"
// within an id's 64 characters (load::is_valid_id).
inline constexpr std::size_t kMaxNameId = 56;

// A valid id made from any name, or empty when the name has no letter or
// digit: its slug, after the kind's name when it begins with a digit
// ("4H-gården" -> "centre-4h-garden"), cut at the last word boundary within
// kMaxNameId characters (at kMaxNameId when one word is longer).
std::string id_from_name(std::string_view name, model::EntityKind kind);

}  // namespace netadmin::edit
