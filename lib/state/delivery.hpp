// The identity and the recorded outcome of one reminder delivery: what the
// state database (state_db.hpp) stores, and what the planner (remind/plan.hpp)
// reads back. It lives here, below remind, so the state needs nothing above it.
// A delivery is identified by (target, recipient, offset, reference date):
// the same reminder for a meeting that moved to another date is a new one.
#pragma once

#include "time/civil_date.hpp"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::state {

struct DeliveryKey {
    std::string target;         // a meeting id, or "<meeting or programme id>/registration"
    std::string recipient;      // a person id
    int offset = 0;             // days before the reference date
    time::CivilDate reference;  // the date the reminder was computed from
    friend auto operator<=>(const DeliveryKey&, const DeliveryKey&) = default;
};

enum class DeliveryStatus {
    sending,             // claimed and handed (or about to be handed) to the mailer
    sent,                // the mailer accepted it
    failed,              // the mailer refused it; retried by the next run
    skipped_superseded,  // a later reminder for the same meeting was due, this one not sent
    skipped_no_address,  // the person has no e-mail address
    withheld,            // not sent: it depends on a registry file with errors; planned again
    missed,              // withheld until its day had passed
    acknowledged,        // was `sending` (outcome unknown); someone looked it up (reminders ack)
};

// "sending", "sent", "failed", "skipped-superseded", "skipped-no-address",
// "withheld", "missed", "acknowledged".
std::string_view status_name(DeliveryStatus status);
std::optional<DeliveryStatus> parse_status(std::string_view name);

}  // namespace netadmin::state
