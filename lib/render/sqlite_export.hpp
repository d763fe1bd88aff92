// `netadmin export sqlite FILE.db`: the whole registry as SQLite tables for
// ad-hoc SQL, built from the field tables (model/fields.hpp), so a new
// field is exported with no code here. One table per entity kind (named as
// the kind: `centre`, `person` …) with `id`, `file`, `line` and a column per
// field; a nested table's fields as `table_field` (`registration_deadline`);
// a date as text in its data form plus `<field>_precision` (year, term,
// month, day); every list (ids, words, days) in a link table
// `<kind>_<field>` (`<kind>_id`, `position`, `value`). Lists of tables
// (themes, quotes, speakers) are left out. The schema is in
// docs/registry.md.
//
// Written atomically: the database is built in a temporary file in the
// same folder, flushed to disk and renamed over FILE; a failure leaves
// FILE as it was.
#pragma once

#include "catalog/problem.hpp"
#include "model/registry.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace netadmin::render {

// The SQL that creates the tables, one statement per item, in order.
std::vector<std::string> sqlite_schema();

catalog::Status export_sqlite(const model::Registry& registry, const std::filesystem::path& target);

}  // namespace netadmin::render
