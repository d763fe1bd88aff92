// The reminder planner (see plan.hpp for the rules).
#include "remind/plan.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace netadmin::remind {
namespace {

// Offsets of `target` that have fallen due by `today`, largest (oldest) first.
std::vector<int> due_offsets(const Target& target, const time::CivilDate& today) {
    std::vector<int> due;
    if (today > target.date) return due;  // the meeting or deadline is past
    for (int offset : target.offsets) {
        if (time::add_days(target.date, -offset) <= today) due.push_back(offset);
    }
    return due;
}

// What is recorded for the key, under the target's id or one it had
// before, and under the recipient's other names (`aliases`).
std::optional<DeliveryStatus> recorded_status(const Target& target, const DeliveryKey& key,
                                              const std::vector<std::string>& aliases, const StateLookup& recorded) {
    auto lookup = [&](const DeliveryKey& each) -> std::optional<DeliveryStatus> {
        if (auto status = recorded(each)) return status;
        for (const auto& former : target.former_ids) {
            auto old = each;
            old.target = former;
            if (auto status = recorded(old)) return status;
        }
        return std::nullopt;
    };
    if (auto status = lookup(key)) return status;
    for (const auto& alias : aliases) {
        auto other = key;
        other.recipient = alias;
        if (auto status = lookup(other)) return status;
    }
    return std::nullopt;
}

// Planned again: an earlier attempt failed, or it was withheld.
bool open_again(DeliveryStatus status) {
    return status == DeliveryStatus::failed || status == DeliveryStatus::withheld;
}

// Whom one reminder goes to: a person of the registry, or a registrant.
// One mailbox may have been reminded under another name: a registrant who
// is now in the registry, or a person who is now only registered. The
// aliases are those names (the address in lower case for a person, the
// ids of the registry's people with the address for a registrant), so a
// reminder sent under one is not sent again under the other.
struct Recipient {
    std::string id;
    std::string name;
    std::string email;
    const model::Person* person = nullptr;
    std::vector<std::string> aliases;
};

void plan_recipient(const Target& target, const Recipient& person, const std::vector<int>& due,
                    const StateLookup& recorded, std::vector<Action>& out) {
    const bool withheld = !target.broken_files.empty();
    for (std::size_t i = 0; i < due.size(); ++i) {
        const bool latest = i + 1 == due.size();
        if (withheld && !latest) continue;  // recorded as superseded by the first run after the fix
        DeliveryKey key{target.id, person.id, due[i], target.date};
        const auto status = recorded_status(target, key, person.aliases, recorded);
        Action action{ActionKind::send, std::move(key), time::add_days(target.date, -due[i]),
                      person.email,     false,          &target,
                      person.person,    person.name};
        if (!latest) {
            if (status && *status != DeliveryStatus::withheld) continue;
            action.kind = ActionKind::skip_superseded;
        } else if (status && !open_again(*status)) {
            continue;
        } else if (withheld) {
            action.kind = ActionKind::withhold;
        } else {
            action.retry = status == DeliveryStatus::failed;
            if (person.email.empty()) action.kind = ActionKind::missing_address;
        }
        out.push_back(std::move(action));
    }
}

// The registry's people of a target, then its registrants; one mailbox,
// one reminder: the first of them (people by id, then registrants by
// address) with an address keeps it. Sorted by id.
// The registry's people by address in lower case.
using PeopleByAddress = std::unordered_map<std::string, std::vector<std::string>>;

PeopleByAddress people_by_address(const model::Registry& registry) {
    PeopleByAddress out;
    for (const auto& person : registry.people) {
        if (!person.email.empty()) out[util::to_lower(person.email)].push_back(person.id);
    }
    return out;
}

std::vector<Recipient> recipients_of(const Target& target, const std::vector<const model::Person*>& people,
                                     const RegistrantLookup& registrants, const PeopleByAddress& by_address) {
    std::vector<Recipient> out;
    std::unordered_set<std::string> seen;
    for (const auto* person : people) {
        auto key = util::to_lower(person->email);
        if (!key.empty() && !seen.insert(key).second) continue;
        std::vector<std::string> aliases;
        if (!key.empty()) aliases.push_back(std::move(key));
        out.push_back({person->id, person->name, person->email, person, std::move(aliases)});
    }
    if (target.kind != TargetKind::meeting || !target.audience.registered || !registrants) return out;
    std::vector<Recipient> registered;
    auto add = [&](const std::string& id) {
        for (auto& registrant : registrants(id)) {
            auto key = util::to_lower(registrant.email);
            if (key.empty() || !seen.insert(key).second) continue;
            const auto found = by_address.find(key);
            auto aliases = found != by_address.end() ? found->second : std::vector<std::string>{};
            registered.push_back(
                {std::move(key), std::move(registrant.name), std::move(registrant.email), nullptr, std::move(aliases)});
        }
    };
    add(target.meeting->id);
    if (target.programme != nullptr) add(target.programme->id);
    std::sort(registered.begin(), registered.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    out.insert(out.end(), std::make_move_iterator(registered.begin()), std::make_move_iterator(registered.end()));
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

}  // namespace

Plan plan(const model::Registry& registry, const time::CivilDate& today, const StateLookup& recorded,
          const BrokenFiles& broken, const RegistrantLookup& registrants) {
    Plan result;
    result.targets = reminder_targets(registry);
    RecipientFinder recipients(registry);
    PeopleByAddress by_address;  // only needed when a rule reminds the registered
    bool indexed = false;
    for (auto& target : result.targets) {
        const auto due = due_offsets(target, today);
        if (due.empty()) continue;
        auto people = recipients.of(target);
        target.broken_files = broken.of(registry, target, people);
        if (!indexed && target.audience.registered && registrants) {
            by_address = people_by_address(registry);
            indexed = true;
        }
        for (const auto& recipient : recipients_of(target, people, registrants, by_address))
            plan_recipient(target, recipient, due, recorded, result.actions);
    }
    return result;
}

StateLookup empty_state() {
    return [](const DeliveryKey&) { return std::optional<DeliveryStatus>{}; };
}

}  // namespace netadmin::remind
