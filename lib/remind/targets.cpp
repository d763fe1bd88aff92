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

// The first level whose rules say `to`, as resolve_days walks them.
Audience resolve_audience(const model::Registry& registry, std::initializer_list<const model::ReminderRules*> levels,
                          const std::string& region_id) {
    const std::vector<std::string>* words = nullptr;
    for (const auto* rules : levels) {
        if (rules != nullptr && rules->to) {
            words = &*rules->to;
            break;
        }
    }
    if (const auto* region = registry.region(region_id);
        words == nullptr && region != nullptr && region->reminders.to) {
        words = &*region->reminders.to;
    }
    if (words == nullptr) words = &registry.settings.reminders_to;
    auto has = [words](std::string_view word) { return std::find(words->begin(), words->end(), word) != words->end(); };
    return {has("contacts"), has("registered")};
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

void sort_unique(std::vector<const model::Person*>& people) {
    std::sort(people.begin(), people.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    people.erase(std::unique(people.begin(), people.end()), people.end());
}

std::optional<time::CivilDate> day_of(const std::optional<time::FuzzyDate>& date) {
    if (!date || !date->has_day()) return std::nullopt;
    return date->first_day();
}

}  // namespace

std::vector<const model::Person*> RecipientFinder::of(const Target& target) {
    if (target.kind == TargetKind::meeting && !target.audience.contacts) {
        std::vector<const model::Person*> people;
        add_people(registry_, target.meeting->extra_recipients, people);
        sort_unique(people);
        return people;
    }
    if (target.meeting != nullptr) return of_meeting(*target.meeting);
    if (target.programme != nullptr) return of_programme(*target.programme);
    return {};
}

std::vector<const model::Person*> RecipientFinder::of_meeting(const model::Meeting& meeting) {
    std::vector<const model::Person*> people;
    if (meeting.recipients) {
        add_people(registry_, *meeting.recipients, people);
    } else if (const auto* programme = programme_of(registry_, meeting)) {
        people = of_programme(*programme);
    } else if (const auto* network = network_of(registry_, meeting)) {
        people = of_network(*network);
    }
    if (!meeting.recipients && meeting.extra_recipients.empty()) return people;  // already sorted
    add_people(registry_, meeting.extra_recipients, people);
    sort_unique(people);
    return people;
}

const std::vector<const model::Person*>& RecipientFinder::of_programme(const model::Programme& programme) {
    auto [found, added] = programmes_.try_emplace(&programme);
    if (added) {
        add_centre_contacts(registry_, programme.participants, found->second);
        add_people(registry_, programme.contacts, found->second);
        sort_unique(found->second);
    }
    return found->second;
}

const std::vector<const model::Person*>& RecipientFinder::of_network(const model::Network& network) {
    auto [found, added] = networks_.try_emplace(&network);
    if (added) {
        if (network.members) {
            add_people(registry_, *network.members, found->second);
        } else {
            for (const auto* centre : centres_in(network.region))
                add_people(registry_, centre->contacts, found->second);
        }
        add_people(registry_, network.contacts, found->second);
        sort_unique(found->second);
    }
    return found->second;
}

const std::vector<const model::Centre*>& RecipientFinder::centres_in(const std::string& region) {
    if (!centres_indexed_) {
        for (const auto& centre : registry_.centres) centres_by_region_[centre.region].push_back(&centre);
        centres_indexed_ = true;
    }
    static const std::vector<const model::Centre*> none;
    const auto found = centres_by_region_.find(region);
    return found != centres_by_region_.end() ? found->second : none;
}

namespace {

void add_meeting_targets(const model::Registry& registry, const model::Meeting& meeting, std::vector<Target>& out) {
    if (meeting.status == model::MeetingStatus::cancelled) return;
    const auto* programme = programme_of(registry, meeting);
    const auto* network = network_of(registry, meeting);
    const auto levels = {&meeting.reminders, programme != nullptr ? &programme->reminders : nullptr,
                         network != nullptr ? &network->reminders : nullptr};
    if (const auto day = day_of(meeting.date)) {
        out.push_back({TargetKind::meeting,
                       meeting.id,
                       &meeting,
                       programme,
                       nullptr,
                       *day,
                       resolve_days(registry, levels, meeting.region, false),
                       meeting.former_ids,
                       {},
                       resolve_audience(registry, levels, meeting.region)});
    }
    if (!meeting.registration) return;
    if (const auto day = day_of(meeting.registration->deadline)) {
        std::vector<std::string> former;
        for (const auto& id : meeting.former_ids) former.push_back(id + "/registration");
        out.push_back({TargetKind::deadline,
                       meeting.id + "/registration",
                       &meeting,
                       programme,
                       &*meeting.registration,
                       *day,
                       resolve_days(registry, levels, meeting.region, true),
                       std::move(former),
                       {},
                       Audience{}});
    }
}

void add_programme_deadline(const model::Registry& registry, const model::Programme& programme,
                            std::vector<Target>& out) {
    if (!programme.registration) return;
    const auto day = day_of(programme.registration->deadline);
    if (!day) return;
    out.push_back({TargetKind::deadline,
                   programme.id + "/registration",
                   nullptr,
                   &programme,
                   &*programme.registration,
                   *day,
                   resolve_days(registry, {&programme.reminders}, programme.region, true),
                   {},
                   {},
                   Audience{}});
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
