// Schema versions of the state database. Each migration takes the schema
// from version N to N+1 and runs in the same transaction that sets
// user_version, so a crash leaves either the old or the new schema. A new
// version appends a step to kMigrations; existing steps never change.
#include "state/schema.hpp"

#include "state/participants_schema.hpp"

#include "state/state_db.hpp"
#include "state/state_file.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <string>

namespace netadmin::state {
namespace {

constexpr std::array<const char*, kSchemaVersion> kMigrations{
    // 0 -> 1: the delivery log.
    R"sql(
CREATE TABLE delivery (
  id INTEGER PRIMARY KEY,
  target TEXT NOT NULL,
  recipient TEXT NOT NULL,
  offset_days INTEGER NOT NULL,
  reference_date TEXT NOT NULL,
  kind TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  detail TEXT NOT NULL DEFAULT '',
  message_id TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (target, recipient, offset_days, reference_date)
);
CREATE INDEX delivery_by_update ON delivery (updated_at);
)sql",
    // 1 -> 2: `reminders log --status` and the unknown deliveries reported by every run.
    R"sql(
CREATE INDEX delivery_by_status ON delivery (status, updated_at);
)sql",
    // 2 -> 3: participants (docs/privacy.md).
    kParticipantsSchema,
};

struct Identity {
    int application_id = 0;
    int user_version = 0;
    int objects = 0;  // tables, indexes … in sqlite_schema
};

Identity read_identity(SQLite::Database& db) {
    // One statement, so one snapshot: another run may be creating the schema right now.
    SQLite::Statement query(db,
                            "SELECT (SELECT application_id FROM pragma_application_id), "
                            "(SELECT user_version FROM pragma_user_version), "
                            "(SELECT count(*) FROM sqlite_master)");
    query.executeStep();
    return {query.getColumn(0).getInt(), query.getColumn(1).getInt(), query.getColumn(2).getInt()};
}

// Throws unless the database is netadmin's or new; true when it is new.
bool check_identity(const Identity& identity, const std::filesystem::path& path) {
    if (identity.application_id == 0 && identity.user_version == 0 && identity.objects == 0) return true;
    if (identity.application_id != kApplicationId) {
        throw StateError(i18n::Msg::err_state_foreign, path.string());
    }
    if (identity.user_version > kSchemaVersion) {
        throw StateError(i18n::Msg::err_state_newer, path.string(), std::int64_t{identity.user_version},
                         std::int64_t{kSchemaVersion});
    }
    return false;
}

void migrate(SQLite::Database& db, const std::filesystem::path& path) {
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Another run may have created or migrated the schema while we waited.
    const auto identity = read_identity(db);
    check_identity(identity, path);
    if (identity.user_version == kSchemaVersion) return;  // the transaction rolls back: nothing to do
    for (int version = identity.user_version; version < kSchemaVersion; ++version) {
        db.exec(kMigrations[static_cast<std::size_t>(version)]);
    }
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    transaction.commit();
}

}  // namespace

void prepare_schema(SQLite::Database& db, const std::filesystem::path& path, bool writable) {
    Identity identity;
    try {
        identity = read_identity(db);
    } catch (const SQLite::Exception& e) {
        // Locked or unreadable is not damaged: only SQLite's own verdict says so.
        throw sqlite_failure(path, e.getExtendedErrorCode(), e.getErrorStr());
    }
    check_identity(identity, path);
    if (!writable) return;
    // WAL lets readers run beside the one writer; set outside a transaction.
    db.exec("PRAGMA journal_mode = WAL");
    if (identity.user_version < kSchemaVersion) migrate(db, path);
}

}  // namespace netadmin::state
