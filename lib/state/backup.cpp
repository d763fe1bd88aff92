// Backup, restore and check of the state database (see backup.hpp).
#include "state/backup.hpp"

#include "state/connection.hpp"
#include "state/state_db.hpp"
#include "state/state_file.hpp"
#include "util/os_error.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace netadmin::state {
namespace {

StateError cannot_write(const std::filesystem::path& path, int error) {
    return StateError(i18n::Msg::err_cannot_write, path.string(), util::os_error(error));
}

// An existing netadmin state database of a schema this netadmin knows,
// opened read-only; throws otherwise. An empty SQLite file, or one of
// schema 0, is a new database to open_for_reading, but not a state.
std::unique_ptr<StateDb> open_known(const std::filesystem::path& path) {
    auto db = unwrap(StateDb::open_for_reading(path));
    if (!db) throw StateError(i18n::Msg::err_state_missing, path.string());
    const auto version = unwrap(db->schema_version());
    const auto id = guarded(path, [&] { return db->impl().db.execAndGet("PRAGMA application_id").getInt(); });
    if (id != kApplicationId || version < 1) {
        throw StateError(i18n::Msg::err_state_unknown_schema, path.string(), std::to_string(version));
    }
    return db;
}

// A temporary file of mode 0600 beside `target`, removed (with SQLite's
// -journal, -wal and -shm files) unless kept.
class TempFile {
public:
    explicit TempFile(const std::filesystem::path& target) {
        const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
        auto name = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
        const int fd = ::mkstemp(name.data());  // mode 0600 whatever the umask
        if (fd < 0) throw cannot_write(target, errno);
        ::close(fd);
        path_ = name;
    }
    ~TempFile() {
        if (kept_) return;
        for (const char* suffix : {"", "-journal", "-wal", "-shm"}) ::unlink((path_.string() + suffix).c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::filesystem::path& path() const { return path_; }
    void keep() { kept_ = true; }

private:
    std::filesystem::path path_;
    bool kept_ = false;
};

// Every page of `source` into the database file `target`, in one step (one
// read transaction on the source: a consistent snapshot). SQLite answers
// SQLITE_BUSY at once in some states; retried for the busy timeout.
void copy_pages(sqlite3* source, const std::filesystem::path& source_path, const std::filesystem::path& target) {
    SQLite::Database copy(target.string(), SQLite::OPEN_READWRITE, kBusyTimeoutSeconds * 1000);
    sqlite3_backup* backup = sqlite3_backup_init(copy.getHandle(), "main", source, "main");
    if (backup == nullptr) {
        throw sqlite_failure(target, sqlite3_extended_errcode(copy.getHandle()), sqlite3_errmsg(copy.getHandle()));
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kBusyTimeoutSeconds);
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            rc = SQLITE_OK;
        }
    } while (rc == SQLITE_OK);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) throw sqlite_failure(source_path, rc, sqlite3_errstr(rc));
    // The copy took the source's WAL mark; as a rollback-journal file it is
    // one self-contained file, and reading it leaves no -wal or -shm beside it.
    copy.exec("PRAGMA journal_mode = DELETE");
}

void sync_file(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) throw cannot_write(path, errno);
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0) throw cannot_write(path, error);
}

// The temporary copy's bytes on disk, then its name, then the folder's entry.
void commit_file(TempFile& temp, const std::filesystem::path& target) {
    sync_file(temp.path(), O_RDONLY);
    if (::rename(temp.path().c_str(), target.c_str()) != 0) throw cannot_write(target, errno);
    temp.keep();
    const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    sync_file(folder, O_RDONLY | O_DIRECTORY);
}

std::vector<std::string> integrity_problems(StateDb& db, const std::filesystem::path& path) {
    return guarded(path, [&] {
        std::vector<std::string> problems;
        SQLite::Statement query(db.impl().db, "PRAGMA integrity_check");
        while (query.executeStep()) {
            auto line = query.getColumn(0).getString();
            if (line != "ok") problems.push_back(std::move(line));
        }
        return problems;
    });
}

void refuse_damaged(StateDb& db, const std::filesystem::path& path) {
    const auto problems = integrity_problems(db, path);
    if (!problems.empty()) {
        throw StateError(i18n::Msg::err_state_integrity, path.string(), std::string(problems.front()),
                         static_cast<std::int64_t>(problems.size()));
    }
}

// The tables of the current schema, as the restored copy has them.
std::vector<std::string> tables(SQLite::Database& db) {
    std::vector<std::string> names;
    SQLite::Statement query(db, "SELECT name FROM src.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (query.executeStep()) names.push_back(query.getColumn(0).getString());
    return names;
}

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (const char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// The rows of `copy` (attached as src) in place of those of `state`, in one
// write transaction, unless a reminder run has deliveries in hand.
void replace_rows(StateDb& state, const std::filesystem::path& path, const std::filesystem::path& copy,
                  std::int64_t now, std::int64_t run_window_seconds) {
    auto& db = state.impl().db;
    guarded(path, [&] {
        SQLite::Statement attach(db, "ATTACH DATABASE ?1 AS src");
        attach.bind(1, copy.string());
        attach.exec();
    });
    try {
        guarded(path, [&] {
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
            SQLite::Statement running(db,
                                      "SELECT count(*) FROM main.delivery WHERE status = 'sending' AND "
                                      "updated_at > ?1");
            running.bind(1, utc_timestamp(now - run_window_seconds));
            running.executeStep();
            if (running.getColumn(0).getInt() > 0) throw StateError(i18n::Msg::err_state_run_under_way, path.string());
            for (const auto& table : tables(db)) {
                db.exec("DELETE FROM main." + quoted(table));
                db.exec("INSERT INTO main." + quoted(table) + " SELECT * FROM src." + quoted(table));
            }
            transaction.commit();
        });
    } catch (...) {
        try {
            db.exec("DETACH DATABASE src");
        } catch (const SQLite::Exception&) {
            // The connection is closed next; it detaches then.
        }
        throw;
    }
    guarded(path, [&] { db.exec("DETACH DATABASE src"); });
}

}  // namespace

catalog::Status backup_state(const std::filesystem::path& source, const std::filesystem::path& target) {
    return caught(source, [&] {
        auto db = open_known(source);
        std::error_code error;
        // Renaming a copy over the live file would pull it out from under
        // running connections and their -wal file.
        if (std::filesystem::equivalent(source, target, error)) {
            throw StateError(i18n::Msg::err_state_backup_onto_itself, target.string());
        }
        TempFile temp(target);
        guarded(target, [&] { copy_pages(db->impl().db.getHandle(), source, temp.path()); });
        commit_file(temp, target);
    });
}

catalog::Result<int> restore_state(const std::filesystem::path& backup, const std::filesystem::path& state,
                                   std::int64_t now, std::int64_t run_window_seconds) {
    return caught(state, [&] {
        int version = 0;
        {
            auto source = open_known(backup);
            version = unwrap(source->schema_version());
            refuse_damaged(*source, backup);
        }
        auto live = unwrap(StateDb::open_for_writing(state));  // creates (0600) or checks it, migrated
        // A private working copy, brought to the current schema as any old state is.
        TempFile copy(state);
        {
            auto source = open_known(backup);
            guarded(copy.path(), [&] { copy_pages(source->impl().db.getHandle(), backup, copy.path()); });
        }
        unwrap(StateDb::open_for_writing(copy.path()))->checkpoint();
        replace_rows(*live, state, copy.path(), now, run_window_seconds);
        live->checkpoint();
        return version;
    });
}

catalog::Result<StateCheck> check_state(const std::filesystem::path& path) {
    return caught(path, [&] {
        auto db = open_known(path);
        StateCheck result;
        result.schema_version = unwrap(db->schema_version());
        result.problems = integrity_problems(*db, path);
        return result;
    });
}

}  // namespace netadmin::state
