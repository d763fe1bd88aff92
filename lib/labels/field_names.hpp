// What people call the registry's keys: each key has a Swedish name
// ("municipality" is "kommun", "registration.deadline" is
// "anmälan.sista_anmälningsdag"). `set`, `add`, the imports and `fields`
// accept a field by either name, in any case, with or without accents,
// hyphens, underscores or spaces; Swedish views name it in Swedish. The key
// stays the file format's word: a registry file is always written with it.
#pragma once

#include "i18n/catalog.hpp"
#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::labels {

// The catalogue key of a key's name ("municipality" -> Msg::field_municipality);
// nothing for a key the table does not know.
std::optional<i18n::Msg> field_label(std::string_view key);

// A field's name in `language`, a nested one part by part
// ("registration.deadline" -> "anmälan.sista_anmälningsdag"); in English,
// and for a key the table does not know, the key itself.
std::string field_name(i18n::Language language, std::string_view path);

// A key as a message argument: its catalogue key, so a Swedish message
// names the field in Swedish ("'lokal'") and an English one by its key; a
// key the table does not know as it is.
catalog::Arg field_arg(std::string_view key);

// The field of `kind` that `name` names: its key or its Swedish name, a
// nested one by its path in either ("anmälan.deadline"). Nothing when no
// field of the kind has that name.
std::optional<model::FieldInfo> find_field(model::EntityKind kind, std::string_view name);
// The same among any fields (those of [settings], say).
std::optional<model::FieldInfo> find_field(std::span<const model::FieldInfo> fields, std::string_view name);

// Both names of every field of `kind`, for "did you mean".
std::vector<std::string> field_names(model::EntityKind kind);
std::vector<std::string> field_names(std::span<const model::FieldInfo> fields);

}  // namespace netadmin::labels
