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

#include "util/keyed_hash.hpp"

#include <array>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

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
    // 3 -> 4: recipients as keyed hashes, so erasing a person's address
    // keeps what exactly-once needs (hash_recipients does the rows).
    R"sql(
CREATE TABLE secret (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
ALTER TABLE delivery ADD COLUMN recipient_id TEXT NOT NULL DEFAULT '';
UPDATE delivery SET recipient_id = recipient;
)sql",
};

constexpr int kHashedRecipients = 4;  // the schema whose step hashes the recipients
constexpr std::size_t kKeyBytes = 32;

// 32 bytes from the kernel's random source.
std::string random_key() {
    std::string key(kKeyBytes, '\0');
    std::ifstream in("/dev/urandom", std::ios::binary);
    if (in.read(key.data(), static_cast<std::streamsize>(key.size())) &&
        in.gcount() == static_cast<std::streamsize>(key.size())) {
        return key;
    }
    std::random_device device;  // the same source through the library, should the file be missing
    for (auto& byte : key) byte = static_cast<char>(device() & 0xff);
    return key;
}

// A new key, and every recipient already recorded hashed with it (their
// plain form moves to recipient_id, which erasing a person clears).
void hash_recipients(SQLite::Database& db) {
    const auto key = random_key();
    SQLite::Statement insert(db, "INSERT INTO secret (name, value) VALUES ('recipient_key', ?1)");
    insert.bind(1, key.data(), static_cast<int>(key.size()));
    insert.exec();
    std::vector<std::pair<std::int64_t, std::string>> rows;
    SQLite::Statement query(db, "SELECT id, recipient FROM delivery");
    while (query.executeStep()) rows.emplace_back(query.getColumn(0).getInt64(), query.getColumn(1).getString());
    SQLite::Statement update(db, "UPDATE delivery SET recipient = ?2 WHERE id = ?1");
    for (const auto& row : rows) {
        update.bind(1, row.first);
        update.bind(2, stored_recipient(key, row.second));
        update.exec();
        update.reset();
    }
}

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
        if (version + 1 == kHashedRecipients) hash_recipients(db);
    }
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    transaction.commit();
}

}  // namespace

std::string recipient_key(SQLite::Database& db) {
    if (db.execAndGet("PRAGMA user_version").getInt() < kHashedRecipients) return {};
    SQLite::Statement query(db, "SELECT value FROM secret WHERE name = 'recipient_key'");
    if (!query.executeStep()) return {};
    const auto column = query.getColumn(0);
    return std::string(static_cast<const char*>(column.getBlob()), static_cast<std::size_t>(column.getBytes()));
}

std::string stored_recipient(const std::string& key, const std::string& recipient) {
    if (key.empty()) return recipient;
    return util::to_hex(util::hmac_sha256(key, recipient));
}

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
