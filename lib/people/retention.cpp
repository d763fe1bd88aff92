// Retention of participants' rows (see retention.hpp).
#include "people/retention.hpp"

namespace netadmin::people {

std::optional<time::CivilDate> target_end(const model::Registry& registry, std::string_view target) {
    if (const auto* meeting = registry.meeting(target)) {
        if (!meeting->date) return std::nullopt;
        return meeting->date->last_day();
    }
    const auto* programme = registry.programme(target);
    if (programme == nullptr) return std::nullopt;
    if (programme->ends) return programme->ends->last_day();
    std::optional<time::CivilDate> last;
    for (const auto& meeting : registry.meetings) {
        if (meeting.programme != programme->id || !meeting.date) continue;
        const auto day = meeting.date->last_day();
        if (!last || day > *last) last = day;
    }
    return last;
}

std::vector<std::string> expired_targets(const model::Registry& registry, const std::vector<state::TargetRows>& targets,
                                         const time::CivilDate& today, int months) {
    const auto cutoff = state::months_before(today, months);
    std::vector<std::string> expired;
    for (const auto& rows : targets) {
        const auto end = target_end(registry, rows.target).value_or(rows.last_changed);
        if (end < cutoff) expired.push_back(rows.target);
    }
    return expired;
}

catalog::Result<state::Pruned> prune_expired(const model::Registry& registry, state::StateDb& db,
                                             const time::CivilDate& today, int months) {
    const auto targets = state::participant_targets(db);
    if (!targets) return targets.problem();
    const auto expired = expired_targets(registry, *targets, today, months);
    return state::prune(db, expired, state::months_before(today, months));
}

}  // namespace netadmin::people
