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
// case plus `extra_recipients`. When the rules' `to` leaves out the
// contacts, only `extra_recipients`. A registration deadline reminds the people
// its meeting or programme sessions remind.
#pragma once

#include "model/registry.hpp"
#include "time/civil_date.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace netadmin::remind {

enum class TargetKind { meeting, deadline };

// Who a target reminds (the reminder rules' `to`): the people the registry
// names, those registered in the state database, or both. A deadline
// always reminds the contacts only.
struct Audience {
    bool contacts = true;
    bool registered = false;
};

struct Target {
    TargetKind kind = TargetKind::meeting;
    std::string id;                                     // meeting id or "<owner id>/registration"
    const model::Meeting* meeting = nullptr;            // the meeting, or the deadline's meeting
    const model::Programme* programme = nullptr;        // the meeting's programme, or the deadline's
    const model::Registration* registration = nullptr;  // deadlines only
    time::CivilDate date;                               // the reference date
    std::vector<int> offsets;                           // largest first
    std::vector<std::string> former_ids;                // ids it had before (meeting `former_ids`)
    std::vector<std::uint32_t> broken_files;            // files with errors it reads (withheld when any)
    Audience audience;                                  // meetings: from the most specific rules
};

// Every target of the registry, cancelled meetings and dates without a day
// left out, in order of date then id.
std::vector<Target> reminder_targets(const model::Registry& registry);

// The people targets remind (see above), sorted by id, without duplicates.
// Only the targets that fall due need them, so they are found on demand;
// a list derived from a network or a programme is built once and shared by
// all its meetings, since in a large region one network meeting reminds the
// contacts of thousands of centres.
class RecipientFinder {
public:
    explicit RecipientFinder(const model::Registry& registry) : registry_(registry) {}
    std::vector<const model::Person*> of(const Target& target);

private:
    std::vector<const model::Person*> of_meeting(const model::Meeting& meeting);
    const std::vector<const model::Person*>& of_programme(const model::Programme& programme);
    const std::vector<const model::Person*>& of_network(const model::Network& network);
    const std::vector<const model::Centre*>& centres_in(const std::string& region);

    const model::Registry& registry_;
    std::unordered_map<const model::Programme*, std::vector<const model::Person*>> programmes_;
    std::unordered_map<const model::Network*, std::vector<const model::Person*>> networks_;
    std::unordered_map<std::string_view, std::vector<const model::Centre*>> centres_by_region_;
    bool centres_indexed_ = false;
};

}  // namespace netadmin::remind
