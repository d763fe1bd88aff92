// netadmin's own state in SQLite: the reminder delivery log. One row per
// delivery key (target, recipient, offset, reference date), unique, so a
// reminder can be claimed by exactly one run. Writes are short BEGIN
// IMMEDIATE transactions in WAL mode with a busy timeout, so overlapping
// runs queue instead of failing. The schema is versioned with PRAGMA
// user_version and migrated in place; a file that is not netadmin's, or is
// damaged, is refused and never written to.
//
// Every operation returns a Result: SQLite's exceptions become a Problem
// naming the file at one boundary inside lib/state (connection.hpp). A database locked by
// another program is waited for kBusyTimeoutSeconds, then refused.
#pragma once

#include "catalog/problem.hpp"
#include "state/delivery.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::state {

inline constexpr int kSchemaVersion = 4;

// What is recorded with a delivery besides its key.
struct DeliveryInfo {
    std::string kind;     // "meeting" or "deadline"
    std::string address;  // the e-mail address used (empty when missing)
    time::CivilDate due;  // the day it fell due
};

struct LogEntry {
    std::int64_t id = 0;  // the row's number, for `reminders ack`
    DeliveryKey key;
    DeliveryInfo info;
    DeliveryStatus status = DeliveryStatus::sending;
    int attempts = 0;
    std::string detail;  // the mailer's complaint, for failures
    std::string message_id;
    std::string created_at;  // UTC, ISO 8601
    std::string updated_at;
};

// Which log rows to show: changed at or after `since` (UTC ISO 8601 prefix,
// "" for all), with this status (all when unset), the last `limit` of them
// (0: no limit). Read with an index and a LIMIT, so memory stays that of
// `limit` rows whatever the size of the log.
struct LogFilter {
    std::string since;
    std::optional<DeliveryStatus> status;
    std::size_t limit = 0;
};

class StateDb {
public:
    // Opens the database for a sending run, creating it (0600, folders 0700)
    // and its schema when missing, migrating an older schema.
    static catalog::Result<std::unique_ptr<StateDb>> open_for_writing(const std::filesystem::path& path);
    // Moves the -wal file's pages into the database and empties it, so a
    // run leaves one settled file behind and a nearly full disk is not kept
    // full by a grown -wal file. Quietly does nothing when it cannot.
    void checkpoint();
    // Opens an existing database read-only; nullptr when the file does not
    // exist (an empty state). Never creates or changes anything, not even
    // SQLite's -shm file: a database this user cannot write (a read-only
    // file or folder) is read as immutable.
    static catalog::Result<std::unique_ptr<StateDb>> open_for_reading(const std::filesystem::path& path);

    ~StateDb();
    StateDb(const StateDb&) = delete;
    StateDb& operator=(const StateDb&) = delete;

    catalog::Result<std::optional<DeliveryStatus>> status(const DeliveryKey& key);
    // Takes the delivery for this run: records it as `sending` when it is
    // unknown or failed before. False when another run has it, or had it.
    catalog::Result<bool> claim(const DeliveryKey& key, const DeliveryInfo& info, std::int64_t now);
    // Records the outcome of a claimed delivery.
    catalog::Status finish(const DeliveryKey& key, DeliveryStatus status, const std::string& detail,
                           const std::string& message_id, std::int64_t now);
    // Records a skipped or withheld delivery unless the key is already
    // recorded (a withheld one becomes skipped when a later one is due).
    catalog::Status record_skip(const DeliveryKey& key, const DeliveryInfo& info, DeliveryStatus status,
                                std::int64_t now);
    // Withheld deliveries whose reference date is before `today` become
    // `missed`; returns them, so the run can say so.
    catalog::Result<std::vector<LogEntry>> mark_missed(const time::CivilDate& today, std::int64_t now);
    // Deliveries left `sending` by a run that stopped before recording the
    // outcome, at least `settled_seconds` ago (a running run's are younger).
    catalog::Result<std::vector<LogEntry>> unknown(std::int64_t now, std::int64_t settled_seconds);
    // Marks an unknown delivery as looked into; false when `id` is not one.
    catalog::Result<bool> acknowledge(std::int64_t id, std::int64_t now);
    // The rows `filter` selects, oldest first.
    catalog::Result<std::vector<LogEntry>> log(const LogFilter& filter);
    // True when this open created the file: a new, empty log.
    bool created() const;

    catalog::Result<int> schema_version();

    // The log rows sent, or meant, to a person: by the address (compared
    // without case) or by one of `recipients` (registry person ids).
    catalog::Result<std::vector<LogEntry>> deliveries_for(std::string_view address,
                                                          const std::vector<std::string>& recipients);
    // Clears the address, the plain recipient and the mailer's words of those rows; the keyed
    // hash stays, so the reminder is still known as sent. Returns the rows.
    // Runs in the caller's transaction (privacy.hpp), as prune_log does.
    catalog::Result<std::size_t> forget_recipient(std::string_view address, const std::vector<std::string>& recipients);
    // Removes the rows whose reference date is before `before`: a reminder
    // for a day that long past is never planned again.
    catalog::Result<std::size_t> prune_log(const time::CivilDate& before);
    // Rewrites the file without free pages and empties the -wal file, so
    // deleted values are gone from the bytes on disk too.
    catalog::Status vacuum();

    struct Impl;                     // the SQLite connection, kept out of this header (state/connection.hpp)
    Impl& impl() { return *impl_; }  // for the other tables' operations in lib/state

private:
    explicit StateDb(std::unique_ptr<Impl> impl, bool created = false);
    std::unique_ptr<Impl> impl_;
    bool created_ = false;
};

// "2019-05-03T07:00:00Z"
std::string utc_timestamp(std::int64_t unix_seconds);

}  // namespace netadmin::state
