// What reminders are about: each scheduled meeting with a known day, and
// each registration deadline with a known day, together with the reminder
// offsets and the recipients that follow from the registry's rules.
//
// Offsets: meeting -> programme -> network -> region -> settings, the first
// level that sets them wins. Recipients of a meeting: its `recipients` when
// given (they replace the derived list), else for a programme session the
// contacts of the participating centres plus the programme's contacts, for
// a network meeting the network's members (an explicit list, else the
// contacts of the region's centres) plus the network's contacts; in every
// case plus `extra_recipients`. A registration deadline reminds the people
// its meeting or programme sessions remind.
#pragma once

#include "model/registry.hpp"
#include "time/civil_date.hpp"

#include <string>
#include <vector>

namespace netadmin::remind {

enum class TargetKind { meeting, deadline };

struct Target {
    TargetKind kind = TargetKind::meeting;
    std::string id;                                     // meeting id or "<owner id>/registration"
    const model::Meeting* meeting = nullptr;            // the meeting, or the deadline's meeting
    const model::Programme* programme = nullptr;        // the meeting's programme, or the deadline's
    const model::Registration* registration = nullptr;  // deadlines only
    time::CivilDate date;                               // the reference date
    std::vector<int> offsets;                           // largest first
    std::vector<const model::Person*> recipients;       // sorted by id, no duplicates
};

// Every target of the registry, cancelled meetings and dates without a day
// left out, in order of date then id.
std::vector<Target> reminder_targets(const model::Registry& registry);

// The people a meeting reminds (see above).
std::vector<const model::Person*> meeting_recipients(const model::Registry& registry, const model::Meeting& meeting);

}  // namespace netadmin::remind
