// The state database's schema and its migrations (internal to lib/state).
#pragma once

#include <SQLiteCpp/Database.h>

#include <filesystem>

namespace netadmin::state {

// Checks that `db` is netadmin's (or a new, empty database) and brings its
// schema to kSchemaVersion when `writable`. Throws StateError, having
// written nothing, for a database that is another program's, damaged, or
// made by a newer netadmin.
void prepare_schema(SQLite::Database& db, const std::filesystem::path& path, bool writable);

}  // namespace netadmin::state
