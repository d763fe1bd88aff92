// `netadmin fields [KIND]`: every field of every kind (or of one), as a
// listing made from the field tables, so it cannot drift from what the
// loader, `set`, `add` and the imports accept: the key, its Swedish name
// (labels/field_names.hpp), what value it takes, whether it is required,
// the words a fixed vocabulary allows (with their labels), an example and
// the field's line of docs/registry.md (which says what it defaults to,
// such as a meeting's venue from its programme).
#pragma once

#include "i18n/language.hpp"
#include "model/values.hpp"
#include "report/table.hpp"

#include <optional>

namespace netadmin::report {

// One kind's fields, or every kind's when `kind` is nothing.
Table field_listing(std::optional<model::EntityKind> kind, i18n::Language language);

}  // namespace netadmin::report
