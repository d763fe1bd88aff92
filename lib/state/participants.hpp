// The people of programmes and meetings, in the state database beside the
// reminder log (never in the registry): who registered for a programme or a
// meeting, who attended a meeting, and attendance known only as a number.
//
// A person is identified by the e-mail address, compared without case.
// Imports run in one IMMEDIATE transaction: all rows or none (a full disk, a
// lock, a crash leave the tables as they were). Writing a row that is
// already there with the same values changes nothing, not even its time
// stamp, so importing the same file twice is a no-op. An unregistered
// person keeps a row with `unregistered_on` set, so a later import of an
// old export does not register them again; `register` does.
//
// Reading a database whose schema predates these tables (opened read-only,
// so not migrated) gives empty results.
#pragma once

#include "state/state_db.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::state {

struct RegistrationRow {
    std::string target;  // programme or meeting id
    std::string email;
    std::string name;
    std::string centre;         // a centre id, empty when the workplace matched none
    std::string workplace;      // as written (kept when it matched no centre)
    std::string municipality;   // as written, or the centre's municipality
    std::string registered_on;  // ISO date (or as the export wrote it)
    std::string unregistered_on;
};

struct AttendanceRow {
    std::string meeting;
    std::string email;
    std::string name;
    bool walk_in = false;  // present without a registration
};

struct WriteSummary {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t kept_unregistered = 0;  // in the file, but unregistered since
};

// What writing a registration does, or would do.
enum class RowChange { added, updated, unchanged, kept_unregistered };

struct RegistrationChange {
    RowChange change = RowChange::added;
    RegistrationRow row;     // as it is, or would be, stored
    RegistrationRow before;  // as it was (empty when added)
};

// The lower-case form addresses are compared in.
std::string email_key(std::string_view email);

class Participants {
public:
    explicit Participants(StateDb& db) : db_(db) {}

    // Adds or updates each row (by target and e-mail); one transaction.
    catalog::Result<WriteSummary> import_registrations(const std::vector<RegistrationRow>& rows, std::int64_t now);
    // What import_registrations would do with each row, in their order;
    // reads only (a dry run).
    catalog::Result<std::vector<RegistrationChange>> preview_registrations(const std::vector<RegistrationRow>& rows);
    // One registration; registers again someone who unregistered.
    catalog::Result<WriteSummary> register_one(const RegistrationRow& row, std::int64_t now);
    // Marks the registration as unregistered on `day`; false when there is
    // no current registration.
    catalog::Result<bool> unregister(std::string_view target, std::string_view email, std::string_view day,
                                     std::int64_t now);
    // The current registrations of a target (unregistered ones left out),
    // in the order they were first recorded.
    catalog::Result<std::vector<RegistrationRow>> registrations(std::string_view target);
    // Every registration of any of `targets`, unregistered ones left out.
    catalog::Result<std::vector<RegistrationRow>> registrations(const std::vector<std::string>& targets);

    // Records who was present; one transaction.
    catalog::Result<WriteSummary> record_attendance(const std::vector<AttendanceRow>& rows, std::int64_t now);
    // Records the number present when names are not known ("30", "ett 30-tal").
    catalog::Status record_count(std::string_view meeting, std::string_view count, std::int64_t now);
    catalog::Result<std::vector<AttendanceRow>> attendance(std::string_view meeting);
    catalog::Result<std::vector<AttendanceRow>> attendance(const std::vector<std::string>& meetings);
    catalog::Result<std::optional<std::string>> attendance_count(std::string_view meeting);
    // True when anything is recorded for the meeting: names or a count.
    catalog::Result<bool> has_attendance(std::string_view meeting);

    // False when the database predates the participants' tables.
    catalog::Result<bool> has_tables();

private:
    StateDb& db_;
};

}  // namespace netadmin::state
