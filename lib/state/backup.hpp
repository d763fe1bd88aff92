// Backing up, restoring and checking the state database (`netadmin state
// backup|restore|check`, docs/cron.md). The state is what makes reminders
// exactly-once; copying a live WAL database with cp can catch it half
// written, so copies are made page by page with SQLite's online backup API,
// inside one read transaction: a consistent snapshot even while a
// `remind --send` is writing.
//
// Every function returns a problem naming the file, and leaves the files it
// refuses as they were.
#pragma once

#include "catalog/problem.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace netadmin::state {

// Writes a consistent copy of the state database `source` to `target`:
// a temporary file of mode 0600 beside it, flushed to disk and renamed over
// it, so `target` is the old file or the whole copy, never half of one.
// Refuses a source that is missing or not a netadmin state database of a
// known schema version.
catalog::Status backup_state(const std::filesystem::path& source, const std::filesystem::path& target);

// Replaces the contents of the state database `state` (created 0600 when
// missing; an existing one keeps its mode) with those of the backup `backup`,
// migrated to the current schema. Refuses, changing nothing, a backup that
// is not a netadmin state of a known schema version or fails
// PRAGMA integrity_check, and a state in which a reminder run is under way
// (deliveries claimed within `run_window_seconds` before `now` and not yet
// finished). The rows are replaced in one BEGIN IMMEDIATE transaction, the
// discipline `remind --send` follows, so a run waits for the restore or the
// restore for the run (up to kBusyTimeoutSeconds); the file is never
// replaced underneath an open connection. Returns the backup's schema version.
catalog::Result<int> restore_state(const std::filesystem::path& backup, const std::filesystem::path& state,
                                   std::int64_t now, std::int64_t run_window_seconds);

// What `state check` found: the schema version and, when the database is
// damaged, what PRAGMA integrity_check says (empty when it says "ok").
struct StateCheck {
    int schema_version = 0;
    std::vector<std::string> problems;
};

// Refuses a missing file, one that is not a netadmin state of a
// known schema version, or one SQLite cannot read at all.
catalog::Result<StateCheck> check_state(const std::filesystem::path& path);

}  // namespace netadmin::state
