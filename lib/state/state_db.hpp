// netadmin's own state in SQLite: the reminder delivery log. One row per
// delivery key (target, recipient, offset, reference date), unique, so a
// reminder can be claimed by exactly one run. Writes are short BEGIN
// IMMEDIATE transactions in WAL mode with a busy timeout, so overlapping
// runs queue instead of failing. The schema is versioned with PRAGMA
// user_version and migrated in place; a file that is not netadmin's, or is
// damaged, is refused and never written to.
//
// Errors are thrown as StateError (a message key naming the file) and caught
// once by the command that opened the database. A database locked by
// another program is waited for kBusyTimeoutSeconds, then refused.
#pragma once

#include "remind/delivery.hpp"
#include "state/state_error.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::state {

inline constexpr int kSchemaVersion = 1;

// What is recorded with a delivery besides its key.
struct DeliveryInfo {
    std::string kind;     // "meeting" or "deadline"
    std::string address;  // the e-mail address used (empty when missing)
    time::CivilDate due;  // the day it fell due
};

struct LogEntry {
    remind::DeliveryKey key;
    DeliveryInfo info;
    remind::DeliveryStatus status = remind::DeliveryStatus::sending;
    int attempts = 0;
    std::string detail;  // the mailer's complaint, for failures
    std::string message_id;
    std::string created_at;  // UTC, ISO 8601
    std::string updated_at;
};

class StateDb {
public:
    // Opens the database for a sending run, creating it (0600, folders 0700)
    // and its schema when missing, migrating an older schema.
    static std::unique_ptr<StateDb> open_for_writing(const std::filesystem::path& path);
    // Opens an existing database read-only; nullptr when the file does not
    // exist (an empty state). Never creates or changes anything, not even
    // SQLite's -shm file: a database this user cannot write (a read-only
    // file or folder) is read as immutable.
    static std::unique_ptr<StateDb> open_for_reading(const std::filesystem::path& path);

    ~StateDb();
    StateDb(const StateDb&) = delete;
    StateDb& operator=(const StateDb&) = delete;

    std::optional<remind::DeliveryStatus> status(const remind::DeliveryKey& key);
    // Takes the delivery for this run: records it as `sending` when it is
    // unknown or failed before. False when another run has it, or had it.
    bool claim(const remind::DeliveryKey& key, const DeliveryInfo& info, std::int64_t now);
    // Records the outcome of a claimed delivery.
    void finish(const remind::DeliveryKey& key, remind::DeliveryStatus status, const std::string& detail,
                const std::string& message_id, std::int64_t now);
    // Records a skipped delivery unless the key is already recorded.
    void record_skip(const remind::DeliveryKey& key, const DeliveryInfo& info, remind::DeliveryStatus status,
                     std::int64_t now);
    // Entries changed at or after `since` (UTC ISO 8601 prefix, "" for all), oldest first.
    std::vector<LogEntry> log(const std::string& since);

    int schema_version();

    struct Impl;  // the SQLite connection, kept out of this header

private:
    explicit StateDb(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// "2019-05-03T07:00:00Z"
std::string utc_timestamp(std::int64_t unix_seconds);

}  // namespace netadmin::state
