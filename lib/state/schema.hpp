// The state database's schema and its migrations (internal to lib/state).
#pragma once

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>

namespace netadmin::state {

// Checks that `db` is netadmin's (or a new, empty database) and brings its
// schema to kSchemaVersion when `writable`. Throws StateError, having
// written nothing, for a database that is another program's, damaged, or
// made by a newer netadmin.
void prepare_schema(SQLite::Database& db, const std::filesystem::path& path, bool writable);

// The key the reminder log's recipients are hashed with (schema 4 on);
// empty for an older database read without migrating, whose recipients
// are still plain.
std::string recipient_key(SQLite::Database& db);

// How the reminder log stores a recipient: HMAC-SHA256 of it under `key`,
// in hex; the recipient itself when `key` is empty (an older schema).
std::string stored_recipient(const std::string& key, const std::string& recipient);

}  // namespace netadmin::state
