// How long participants' rows are kept: `retention_months` of the settings
// (default 24) after the end of their programme or meeting, as the registry
// gives it (a programme's `ends`, else its last session; a meeting's date).
// A target the registry does not date, or no longer has, counts from the day
// its rows last changed. The reminder log keeps a row for the same time
// after its reference date: older ones are never planned again.
#pragma once

#include "model/registry.hpp"
#include "state/privacy.hpp"
#include "time/civil_date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::people {

// The last day of a programme or meeting; nullopt when the registry has no
// such target or gives no date.
std::optional<time::CivilDate> target_end(const model::Registry& registry, std::string_view target);

// The targets whose rows are past retention on `today`: their end (or last
// change) is more than `months` months before it.
std::vector<std::string> expired_targets(const model::Registry& registry, const std::vector<state::TargetRows>& targets,
                                         const time::CivilDate& today, int months);

// Prunes the state database: expired targets' participants and the
// reminder log's old rows (one transaction).
catalog::Result<state::Pruned> prune_expired(const model::Registry& registry, state::StateDb& db,
                                             const time::CivilDate& today, int months);

}  // namespace netadmin::people
