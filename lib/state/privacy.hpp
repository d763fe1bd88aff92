// What the state database holds about one person, and the rights of the
// GDPR served from it (docs/privacy.md): every row that names them, their
// erasure, and the pruning of participants' rows after the retention time.
#pragma once

#include "state/participants.hpp"
#include "state/state_db.hpp"
#include "time/civil_date.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::state {

struct PersonRows {
    std::vector<RegistrationRow> registrations;  // unregistered ones too
    std::vector<AttendanceRow> attendance;
    std::vector<LogEntry> reminders;
};

struct Erased {
    std::size_t registrations = 0;
    std::size_t attendance = 0;
    std::size_t reminders = 0;  // log rows whose address and recipient were cleared
    std::size_t total() const { return registrations + attendance + reminders; }
};

// A target (programme or meeting id) with participant rows, and the day
// its rows last changed (UTC).
struct TargetRows {
    std::string target;
    time::CivilDate last_changed;
};

struct Pruned {
    std::size_t registrations = 0;
    std::size_t attendance = 0;
    std::size_t counts = 0;
    std::size_t reminders = 0;
    std::size_t total() const { return registrations + attendance + counts + reminders; }
};

// Every row about the person with this address; `recipients` are the ids of
// the registry's people with it (the reminder log names people by id).
catalog::Result<PersonRows> person_rows(StateDb& db, std::string_view email,
                                        const std::vector<std::string>& recipients);

// Removes the person's registrations and attendance, clears their address
// and id in the reminder log (its keyed hashes stay: nothing is sent again),
// in one transaction; then vacuums, so no byte of the address is left in
// the file.
catalog::Result<Erased> erase_person(StateDb& db, std::string_view email, const std::vector<std::string>& recipients);

// The targets that have participant rows.
catalog::Result<std::vector<TargetRows>> participant_targets(StateDb& db);

// Removes the participant rows of `expired` targets and the reminder log's
// rows whose reference date is before `log_before`, in one transaction.
catalog::Result<Pruned> prune(StateDb& db, const std::vector<std::string>& expired, const time::CivilDate& log_before);

// `day` minus `months` months (the last day of the month when it is shorter).
time::CivilDate months_before(const time::CivilDate& day, int months);

}  // namespace netadmin::state
