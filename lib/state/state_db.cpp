// The delivery log operations (see state_db.hpp).
#include "state/state_db.hpp"

#include "state/connection.hpp"
#include "state/schema.hpp"
#include "state/state_file.hpp"
#include "time/civil_date.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <fmt/format.h>

#include <algorithm>

#include <chrono>
#include <thread>

namespace netadmin::state {

namespace {

void refuse_by_header(const std::filesystem::path& path) {
    unwrap(check_readable(path));  // else an unreadable file would look like one that is not SQLite
    switch (inspect_header(path)) {
        case HeaderVerdict::not_sqlite: throw StateError(i18n::Msg::err_state_not_sqlite, path.string());
        case HeaderVerdict::foreign: throw StateError(i18n::Msg::err_state_foreign, path.string());
        case HeaderVerdict::truncated: throw StateError(i18n::Msg::err_state_truncated, path.string());
        case HeaderVerdict::empty:
        case HeaderVerdict::ours:
        case HeaderVerdict::unclaimed: return;
    }
}

// The recipient is stored as a keyed hash (schema.hpp), so the key's
// columns match the row without the log holding who it was for.
void bind_key(const StateDb::Impl& impl, SQLite::Statement& statement, const DeliveryKey& key) {
    statement.bind(1, key.target);
    statement.bind(2, stored_recipient(impl.recipient_key, key.recipient));
    statement.bind(3, key.offset);
    statement.bind(4, time::to_iso(key.reference));
}

// The recipient as shown: its plain form, which erasing a person clears
// (recipient_id, schema 4 on), or the recipient of an older schema.
constexpr const char* kLogColumns =
    "id, target, recipient_id, offset_days, reference_date, kind, address, due_date, status, attempts, detail, "
    "message_id, created_at, updated_at";

LogEntry read_entry(SQLite::Statement& query) {
    LogEntry entry;
    entry.id = query.getColumn(0).getInt64();
    entry.key = {query.getColumn(1).getString(), query.getColumn(2).getString(), query.getColumn(3).getInt(),
                 time::parse_iso_date(query.getColumn(4).getString()).value_or(time::CivilDate{})};
    entry.info = {query.getColumn(5).getString(), query.getColumn(6).getString(),
                  time::parse_iso_date(query.getColumn(7).getString()).value_or(time::CivilDate{})};
    entry.status = parse_status(query.getColumn(8).getString()).value_or(DeliveryStatus::sending);
    entry.attempts = query.getColumn(9).getInt();
    entry.detail = query.getColumn(10).getString();
    entry.message_id = query.getColumn(11).getString();
    entry.created_at = query.getColumn(12).getString();
    entry.updated_at = query.getColumn(13).getString();
    return entry;
}

constexpr const char* kWhereKey = " WHERE target = ?1 AND recipient = ?2 AND offset_days = ?3 AND reference_date = ?4";

std::string log_columns(const StateDb::Impl& impl) {
    if (!impl.recipient_key.empty()) return kLogColumns;
    std::string columns = kLogColumns;
    return columns.replace(columns.find("recipient_id"), 12, "recipient");
}

std::optional<DeliveryStatus> read_status(StateDb::Impl& impl, const DeliveryKey& key) {
    SQLite::Statement query(impl.db, std::string("SELECT status FROM delivery") + kWhereKey);
    bind_key(impl, query, key);
    if (!query.executeStep()) return std::nullopt;
    // An unknown name (from a newer version) counts as recorded: never re-send it.
    return parse_status(query.getColumn(0).getString()).value_or(DeliveryStatus::sending);
}

void insert(StateDb::Impl& impl, const DeliveryKey& key, const DeliveryInfo& info, DeliveryStatus status, int attempts,
            std::int64_t now) {
    const bool hashed = !impl.recipient_key.empty();
    SQLite::Statement insert(
        impl.db, std::string("INSERT OR IGNORE INTO delivery (target, recipient, offset_days, "
                             "reference_date, kind, address, due_date, status, attempts, created_at, "
                             "updated_at") +
                     (hashed ? ", recipient_id" : "") + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10" +
                     (hashed ? ", ?11" : "") + ")");
    bind_key(impl, insert, key);
    if (hashed) insert.bind(11, key.recipient);
    insert.bind(5, info.kind);
    insert.bind(6, info.address);
    insert.bind(7, time::to_iso(info.due));
    insert.bind(8, std::string(status_name(status)));
    insert.bind(9, attempts);
    insert.bind(10, utc_timestamp(now));
    insert.exec();
}

// A file: URI for SQLite, every byte outside the plain set percent-encoded.
std::string file_uri(const std::filesystem::path& path, const char* query) {
    std::error_code error;
    auto absolute = std::filesystem::absolute(path, error).string();
    if (error) absolute = path.string();  // SQLite resolves a relative name the same way
    std::string uri = "file:";
    for (const unsigned char c : absolute) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                           c == '-' || c == '_' || c == '.' || c == '~';
        uri += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return uri + query;
}

// While another run creates the schema or switches the file to WAL, SQLite
// answers some lock attempts with SQLITE_BUSY at once, without its busy
// handler (it would deadlock otherwise). Retried here for as long as the
// busy timeout promises, so "locked (waited 30 seconds)" is true when said.
void prepare_patiently(StateDb::Impl& impl, const std::filesystem::path& path, bool writing) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kBusyTimeoutSeconds);
    for (int attempt = 0;; ++attempt) {
        try {
            guarded(path, [&] { prepare_schema(impl.db, path, writing); });
            return;
        } catch (const StateError& e) {
            if (e.msg() != i18n::Msg::err_state_locked || std::chrono::steady_clock::now() >= deadline) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10 + (attempt % 8) * 5));
    }
}

std::unique_ptr<StateDb::Impl> open_checked(const std::filesystem::path& path, bool writing) {
    refuse_by_header(path);
    // Reading what this user cannot write (a copy kept read-only, a read-only
    // folder): SQLite would need to create a -shm file beside it, so read it
    // as immutable instead. Unless a -wal file holds changes, which only a
    // normal open sees.
    const bool immutable = !writing && !writable(path) && !wal_has_content(path);
    const auto name = immutable ? file_uri(path, "?immutable=1") : path.string();
    // URIs only when asked for: a path of its own may start with "file:".
    const int flags = writing ? SQLite::OPEN_READWRITE
                              : (immutable ? SQLite::OPEN_READONLY | SQLite::OPEN_URI : SQLite::OPEN_READONLY);
    auto impl = guarded(path, [&] { return std::make_unique<StateDb::Impl>(path, name, flags); });
    prepare_patiently(*impl, path, writing);
    impl->recipient_key = guarded(path, [&] { return recipient_key(impl->db); });
    return impl;
}

}  // namespace

StateDb::StateDb(std::unique_ptr<Impl> impl, bool created) : impl_(std::move(impl)), created_(created) {}
StateDb::~StateDb() = default;

bool StateDb::created() const { return created_; }

void StateDb::checkpoint() {
    try {
        impl_->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const SQLite::Exception&) {
        // Another run reads or writes now; it, or the next run, checkpoints.
    }
}

catalog::Result<std::unique_ptr<StateDb>> StateDb::open_for_writing(const std::filesystem::path& path) {
    return caught(path, [&] {
        if (unwrap(state_file_exists(path))) {  // before even tightening its mode
            refuse_by_header(path);
            if (auto writable = check_writable(path); !writable) throw StateError(writable.problem());
        }
        auto created = ensure_private_file(path);
        if (!created) throw StateError(created.problem());
        return std::unique_ptr<StateDb>(new StateDb(open_checked(path, true), *created));
    });
}

catalog::Result<std::unique_ptr<StateDb>> StateDb::open_for_reading(const std::filesystem::path& path) {
    return caught(path, [&] {
        if (!unwrap(state_file_exists(path))) return std::unique_ptr<StateDb>();
        return std::unique_ptr<StateDb>(new StateDb(open_checked(path, false)));
    });
}

catalog::Result<std::optional<DeliveryStatus>> StateDb::status(const DeliveryKey& key) {
    return caught(impl_->path, [&] {
        if (impl_->db.execAndGet("PRAGMA user_version").getInt() == 0) return std::optional<DeliveryStatus>{};
        return read_status(*impl_, key);
    });
}

catalog::Result<bool> StateDb::claim(const DeliveryKey& key, const DeliveryInfo& info, std::int64_t now) {
    return caught(impl_->path, [&] {
        SQLite::Transaction transaction(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        const auto current = read_status(*impl_, key);
        if (!current) {
            insert(*impl_, key, info, DeliveryStatus::sending, 1, now);
        } else if (*current == DeliveryStatus::failed || *current == DeliveryStatus::withheld) {
            SQLite::Statement update(impl_->db, std::string("UPDATE delivery SET status = 'sending', "
                                                            "attempts = attempts + 1, address = ?5, "
                                                            "updated_at = ?6") +
                                                    kWhereKey);
            bind_key(*impl_, update, key);
            update.bind(5, info.address);
            update.bind(6, utc_timestamp(now));
            update.exec();
        } else {
            return false;
        }
        transaction.commit();
        return true;
    });
}

catalog::Status StateDb::finish(const DeliveryKey& key, DeliveryStatus status, const std::string& detail,
                                const std::string& message_id, std::int64_t now) {
    return caught(impl_->path, [&] {
        SQLite::Transaction transaction(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement update(impl_->db, std::string("UPDATE delivery SET status = ?5, detail = ?6, "
                                                        "message_id = ?7, updated_at = ?8") +
                                                kWhereKey);
        bind_key(*impl_, update, key);
        update.bind(5, std::string(status_name(status)));
        update.bind(6, detail);
        update.bind(7, message_id);
        update.bind(8, utc_timestamp(now));
        update.exec();
        transaction.commit();
    });
}

catalog::Status StateDb::record_skip(const DeliveryKey& key, const DeliveryInfo& info, DeliveryStatus status,
                                     std::int64_t now) {
    return caught(impl_->path, [&] {
        SQLite::Transaction transaction(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        insert(*impl_, key, info, status, 0, now);
        if (status != DeliveryStatus::withheld) {
            SQLite::Statement update(impl_->db, std::string("UPDATE delivery SET status = ?5, updated_at = ?6") +
                                                    kWhereKey + " AND status = 'withheld'");
            bind_key(*impl_, update, key);
            update.bind(5, std::string(status_name(status)));
            update.bind(6, utc_timestamp(now));
            update.exec();
        }
        transaction.commit();
    });
}

catalog::Result<std::vector<LogEntry>> StateDb::log(const LogFilter& filter) {
    return caught(impl_->path, [&] {
        std::vector<LogEntry> entries;
        if (impl_->db.execAndGet("PRAGMA user_version").getInt() == 0) return entries;
        // Newest first with a LIMIT walks the index backwards and stops: the
        // default view of a million rows reads a hundred.
        std::string sql = "SELECT " + log_columns(*impl_) + " FROM delivery WHERE updated_at >= ?1";
        if (filter.status) sql += " AND status = ?2";
        sql += " ORDER BY updated_at DESC, id DESC";
        if (filter.limit > 0) sql += " LIMIT ?3";
        SQLite::Statement query(impl_->db, sql);
        query.bind(1, filter.since);
        if (filter.status) query.bind(2, std::string(status_name(*filter.status)));
        if (filter.limit > 0) query.bind(3, static_cast<std::int64_t>(filter.limit));
        while (query.executeStep()) entries.push_back(read_entry(query));
        std::reverse(entries.begin(), entries.end());
        return entries;
    });
}

catalog::Result<std::vector<LogEntry>> StateDb::mark_missed(const time::CivilDate& today, std::int64_t now) {
    return caught(impl_->path, [&] {
        SQLite::Transaction transaction(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        std::vector<LogEntry> entries;
        SQLite::Statement query(impl_->db, "SELECT " + log_columns(*impl_) +
                                               " FROM delivery WHERE status = 'withheld' AND reference_date < ?1 "
                                               "ORDER BY reference_date, target, " +
                                               (impl_->recipient_key.empty() ? "recipient" : "recipient_id") +
                                               ", offset_days");
        query.bind(1, time::to_iso(today));
        while (query.executeStep()) entries.push_back(read_entry(query));
        SQLite::Statement update(impl_->db,
                                 "UPDATE delivery SET status = 'missed', updated_at = ?2 "
                                 "WHERE status = 'withheld' AND reference_date < ?1");
        update.bind(1, time::to_iso(today));
        update.bind(2, utc_timestamp(now));
        update.exec();
        transaction.commit();
        for (auto& entry : entries) entry.status = DeliveryStatus::missed;
        return entries;
    });
}

catalog::Result<std::vector<LogEntry>> StateDb::unknown(std::int64_t now, std::int64_t settled_seconds) {
    return caught(impl_->path, [&] {
        std::vector<LogEntry> entries;
        if (impl_->db.execAndGet("PRAGMA user_version").getInt() == 0) return entries;
        SQLite::Statement query(impl_->db, "SELECT " + log_columns(*impl_) +
                                               " FROM delivery WHERE status = 'sending' AND updated_at <= ?1 "
                                               "ORDER BY id");
        query.bind(1, utc_timestamp(now - settled_seconds));
        while (query.executeStep()) entries.push_back(read_entry(query));
        return entries;
    });
}

catalog::Result<bool> StateDb::acknowledge(std::int64_t id, std::int64_t now) {
    return caught(impl_->path, [&] {
        SQLite::Statement update(impl_->db,
                                 "UPDATE delivery SET status = 'acknowledged', updated_at = ?2 "
                                 "WHERE id = ?1 AND status = 'sending'");
        update.bind(1, id);
        update.bind(2, utc_timestamp(now));
        return update.exec() == 1;
    });
}

namespace {

// "lower(address) = ?1 OR recipient_id IN (?2, …)" for a person; the plain
// recipient of an older schema when it is read as is.
std::string person_filter(const StateDb::Impl& impl, std::size_t recipients) {
    std::string sql = "(lower(address) = ?1";
    if (recipients > 0) {
        sql += impl.recipient_key.empty() ? " OR recipient IN (" : " OR recipient_id IN (";
        for (std::size_t i = 0; i < recipients; ++i) sql += (i == 0 ? "?" : ", ?") + std::to_string(i + 2);
        sql += ")";
    }
    return sql + ")";
}

void bind_person(SQLite::Statement& statement, std::string_view address, const std::vector<std::string>& recipients) {
    std::string lower(address);
    for (auto& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    statement.bind(1, lower);
    for (std::size_t i = 0; i < recipients.size(); ++i) statement.bind(static_cast<int>(i + 2), recipients[i]);
}

}  // namespace

catalog::Result<std::vector<LogEntry>> StateDb::deliveries_for(std::string_view address,
                                                               const std::vector<std::string>& recipients) {
    return caught(impl_->path, [&] {
        std::vector<LogEntry> entries;
        if (impl_->db.execAndGet("PRAGMA user_version").getInt() == 0 || address.empty()) return entries;
        SQLite::Statement query(impl_->db, "SELECT " + log_columns(*impl_) + " FROM delivery WHERE " +
                                               person_filter(*impl_, recipients.size()) + " ORDER BY id");
        bind_person(query, address, recipients);
        while (query.executeStep()) entries.push_back(read_entry(query));
        return entries;
    });
}

catalog::Result<std::size_t> StateDb::forget_recipient(std::string_view address,
                                                       const std::vector<std::string>& recipients) {
    return caught(impl_->path, [&] {
        if (address.empty()) return std::size_t{0};
        SQLite::Statement update(impl_->db, "UPDATE delivery SET address = '', recipient_id = '', detail = '' WHERE " +
                                                person_filter(*impl_, recipients.size()));
        bind_person(update, address, recipients);
        return static_cast<std::size_t>(update.exec());
    });
}

catalog::Result<std::size_t> StateDb::prune_log(const time::CivilDate& before) {
    return caught(impl_->path, [&] {
        SQLite::Statement remove(impl_->db, "DELETE FROM delivery WHERE reference_date < ?1");
        remove.bind(1, time::to_iso(before));
        return static_cast<std::size_t>(remove.exec());
    });
}

catalog::Status StateDb::vacuum() {
    return caught(impl_->path, [&] {
        impl_->db.exec("VACUUM");
        impl_->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    });
}

catalog::Result<int> StateDb::schema_version() {
    return caught(impl_->path, [&] { return impl_->db.execAndGet("PRAGMA user_version").getInt(); });
}

std::string utc_timestamp(std::int64_t unix_seconds) {
    const auto day = time::civil_from_days(unix_seconds >= 0 ? unix_seconds / 86400 : (unix_seconds - 86399) / 86400);
    const auto seconds = unix_seconds - time::days_from_civil(day) * 86400;
    return fmt::format("{}T{:02}:{:02}:{:02}Z", time::to_iso(day), seconds / 3600, seconds / 60 % 60, seconds % 60);
}

}  // namespace netadmin::state
