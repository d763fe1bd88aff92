// The reminder planner (see plan.hpp for the rules).
#include "remind/plan.hpp"

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

void plan_recipient(const Target& target, const model::Person& person, const std::vector<int>& due,
                    const StateLookup& recorded, std::vector<Action>& out) {
    for (std::size_t i = 0; i < due.size(); ++i) {
        DeliveryKey key{target.id, person.id, due[i], target.date};
        const auto status = recorded(key);
        const bool latest = i + 1 == due.size();
        Action action{ActionKind::send, std::move(key), time::add_days(target.date, -due[i]), person.email, false,
                      &target,          &person};
        if (!latest) {
            if (status) continue;
            action.kind = ActionKind::skip_superseded;
        } else if (status && *status != DeliveryStatus::failed) {
            continue;
        } else {
            action.retry = status.has_value();
            if (person.email.empty()) action.kind = ActionKind::missing_address;
        }
        out.push_back(std::move(action));
    }
}

}  // namespace

Plan plan(const model::Registry& registry, const time::CivilDate& today, const StateLookup& recorded) {
    Plan result;
    result.targets = reminder_targets(registry);
    RecipientFinder recipients(registry);
    for (const auto& target : result.targets) {
        const auto due = due_offsets(target, today);
        if (due.empty()) continue;
        for (const auto* person : recipients.of(target)) plan_recipient(target, *person, due, recorded, result.actions);
    }
    return result;
}

StateLookup empty_state() {
    return [](const DeliveryKey&) { return std::optional<DeliveryStatus>{}; };
}

}  // namespace netadmin::remind
