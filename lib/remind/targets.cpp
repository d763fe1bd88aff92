// Reminder targets, offsets and recipients from the registry (see targets.hpp).
#include "remind/targets.hpp"

#include <algorithm>

namespace netadmin::remind {
namespace {

using Days = std::optional<std::vector<int>>;

const model::Network* network_of(const model::Registry& registry, const model::Meeting& meeting) {
    return meeting.network.empty() ? nullptr : registry.network(meeting.network);
}

const model::Programme* programme_of(const model::Registry& registry, const model::Meeting& meeting) {
    return meeting.programme.empty() ? nullptr : registry.programme(meeting.programme);
}

// The first level that sets the rule, walking meeting -> programme -> network -> region -> settings.
std::vector<int> resolve_days(const model::Registry& registry,
                              std::initializer_list<const model::ReminderRules*> levels, const std::string& region_id,
                              bool deadline) {
    auto pick = [deadline](const model::ReminderRules& rules) -> const Days& {
        return deadline ? rules.deadline_days : rules.meeting_days;
    };
    for (const auto* rules : levels) {
        if (rules != nullptr && pick(*rules)) return *pick(*rules);
    }
    if (const auto* region = registry.region(region_id); region != nullptr && pick(region->reminders)) {
        return *pick(region->reminders);
    }
    auto days = deadline ? registry.settings.deadline_days : registry.settings.meeting_days;
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

void add_people(const model::Registry& registry, const std::vector<model::Id>& ids,
                std::vector<const model::Person*>& out) {
    for (const auto& id : ids) {
        if (const auto* person = registry.person(id)) out.push_back(person);
    }
}

void add_centre_contacts(const model::Registry& registry, const std::vector<model::Id>& centres,
                         std::vector<const model::Person*>& out) {
    for (const auto& id : centres) {
        if (const auto* centre = registry.centre(id)) add_people(registry, centre->contacts, out);
    }
}

std::vector<const model::Person*> programme_recipients(const model::Registry& registry,
                                                       const model::Programme& programme) {
    std::vector<const model::Person*> people;
    add_centre_contacts(registry, programme.participants, people);
    add_people(registry, programme.contacts, people);
    return people;
}

std::vector<const model::Person*> network_recipients(const model::Registry& registry, const model::Network& network) {
    std::vector<const model::Person*> people;
    if (network.members) {
        add_people(registry, *network.members, people);
    } else {
        for (const auto& centre : registry.centres) {
            if (centre.region == network.region) add_people(registry, centre.contacts, people);
        }
    }
    add_people(registry, network.contacts, people);
    return people;
}

void sort_unique(std::vector<const model::Person*>& people) {
    std::sort(people.begin(), people.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    people.erase(std::unique(people.begin(), people.end()), people.end());
}

std::optional<time::CivilDate> day_of(const std::optional<time::FuzzyDate>& date) {
    if (!date || !date->has_day()) return std::nullopt;
    return date->first_day();
}

}  // namespace

std::vector<const model::Person*> meeting_recipients(const model::Registry& registry, const model::Meeting& meeting) {
    std::vector<const model::Person*> people;
    if (meeting.recipients) {
        add_people(registry, *meeting.recipients, people);
    } else if (const auto* programme = programme_of(registry, meeting)) {
        people = programme_recipients(registry, *programme);
    } else if (const auto* network = network_of(registry, meeting)) {
        people = network_recipients(registry, *network);
    }
    add_people(registry, meeting.extra_recipients, people);
    sort_unique(people);
    return people;
}

namespace {

void add_meeting_targets(const model::Registry& registry, const model::Meeting& meeting, std::vector<Target>& out) {
    if (meeting.status == model::MeetingStatus::cancelled) return;
    const auto* programme = programme_of(registry, meeting);
    const auto* network = network_of(registry, meeting);
    const auto levels = {&meeting.reminders, programme != nullptr ? &programme->reminders : nullptr,
                         network != nullptr ? &network->reminders : nullptr};
    if (const auto day = day_of(meeting.date)) {
        out.push_back({TargetKind::meeting, meeting.id, &meeting, programme, nullptr, *day,
                       resolve_days(registry, levels, meeting.region, false), meeting_recipients(registry, meeting)});
    }
    if (!meeting.registration) return;
    if (const auto day = day_of(meeting.registration->deadline)) {
        out.push_back({TargetKind::deadline, meeting.id + "/registration", &meeting, programme, &*meeting.registration,
                       *day, resolve_days(registry, levels, meeting.region, true),
                       meeting_recipients(registry, meeting)});
    }
}

void add_programme_deadline(const model::Registry& registry, const model::Programme& programme,
                            std::vector<Target>& out) {
    if (!programme.registration) return;
    const auto day = day_of(programme.registration->deadline);
    if (!day) return;
    auto people = programme_recipients(registry, programme);
    sort_unique(people);
    out.push_back({TargetKind::deadline, programme.id + "/registration", nullptr, &programme, &*programme.registration,
                   *day, resolve_days(registry, {&programme.reminders}, programme.region, true), std::move(people)});
}

}  // namespace

std::vector<Target> reminder_targets(const model::Registry& registry) {
    std::vector<Target> targets;
    for (const auto& meeting : registry.meetings) add_meeting_targets(registry, meeting, targets);
    for (const auto& programme : registry.programmes) add_programme_deadline(registry, programme, targets);
    std::sort(targets.begin(), targets.end(),
              [](const Target& a, const Target& b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
    return targets;
}

}  // namespace netadmin::remind
