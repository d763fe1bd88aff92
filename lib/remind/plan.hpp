// Planning a reminder run: a pure function of the registry, "today" (the
// Stockholm date) and what the state database already records. It decides,
// never sends: the caller claims and sends the `send` actions and records
// the others.
//
// For each target and recipient, the reminders that have fallen due are
// those whose due date (reference date minus offset) is today or earlier,
// while the reference date is today or later. Only the most recent of them
// (the smallest offset) is sent; older ones not yet recorded are logged as
// superseded, so a run after days of downtime sends one reminder, not a
// burst. A reminder already recorded (sent, being sent, skipped) is never
// planned again; one recorded as failed is planned again (a retry), and so
// is one withheld while the registry had errors (see withhold.hpp): a
// withheld target plans its latest reminder as `withhold`, so the state
// remembers it, and the first run after the fix sends it.
//
// One mailbox, one reminder: recipients of a target who share an address
// (compared without case) get it once, under the first of them by id; a
// person of the registry before a registrant with the same address.
//
// A target whose rules' `to` names "registered" also reminds those
// registered for its meeting or the meeting's programme (`registrants`).
// A registrant is the recipient whose id is the address in lower case
// (registry ids have no `@`), so the log knows them apart from people.
// A meeting's `former_ids` count as its id when looking up what was sent,
// so renaming a meeting does not send its reminders again.
#pragma once

#include "model/registry.hpp"
#include "remind/targets.hpp"
#include "remind/withhold.hpp"
#include "state/delivery.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::remind {

// A delivery's key and status belong to the state database, which records
// them; the planner speaks of them by the same names.
using state::DeliveryKey;
using state::DeliveryStatus;
using state::parse_status;
using state::status_name;

// What the state database records for a key, if anything.
using StateLookup = std::function<std::optional<DeliveryStatus>(const DeliveryKey&)>;

// Someone registered for a meeting or a programme (state/participants.hpp).
struct Registrant {
    std::string email;
    std::string name;
};
// The current registrations of a meeting or programme id (those who
// unregistered left out); none when the state has no participants.
using RegistrantLookup = std::function<std::vector<Registrant>(const std::string& id)>;

enum class ActionKind {
    send,             // send this reminder now
    skip_superseded,  // record as skipped: a later reminder is due
    missing_address,  // the person has no e-mail address: report and record
    withhold,         // depends on a file with errors: report and record, send after the fix
};

struct Action {
    ActionKind kind = ActionKind::send;
    DeliveryKey key;
    time::CivilDate due;  // the day it fell due
    std::string address;  // the recipient's e-mail address (empty when missing)
    bool retry = false;   // an earlier attempt failed
    const Target* target = nullptr;
    const model::Person* person = nullptr;  // the registry's person; none for a registrant
    std::string name;                       // the recipient's name, as the registry or the registration has it
};

struct Plan {
    Plan() = default;
    // Actions point into `targets`: moving keeps them valid, copying would not.
    Plan(Plan&&) = default;
    Plan& operator=(Plan&&) = default;
    Plan(const Plan&) = delete;
    Plan& operator=(const Plan&) = delete;

    std::vector<Target> targets;  // the actions point into these
    std::vector<Action> actions;  // by target (date, id), then recipient id, then offset (largest first)
    bool empty() const { return actions.empty(); }
};

Plan plan(const model::Registry& registry, const time::CivilDate& today, const StateLookup& recorded,
          const BrokenFiles& broken = {}, const RegistrantLookup& registrants = {});

// The lookup of an empty state (no database yet).
StateLookup empty_state();

}  // namespace netadmin::remind
