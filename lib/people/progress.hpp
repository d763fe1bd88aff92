// The participants of a programme, from the state database, as
// report::ProgrammeProgress; and the sessions with recorded attendance
// marked as held in the programme report.
#pragma once

#include "model/registry.hpp"
#include "report/programme_progress.hpp"
#include "report/programme_report.hpp"
#include "state/participants.hpp"

#include <optional>

namespace netadmin::people {

// nullopt when nothing is recorded for the programme or its sessions, so
// that the report stays as it was without participants.
catalog::Result<std::optional<report::ProgrammeProgress>> programme_progress(const model::Registry& registry,
                                                                             const model::Programme& programme,
                                                                             state::Participants& participants);

// Sessions with recorded attendance count as held.
void mark_held(report::ProgrammeView& view, const report::ProgrammeProgress& progress);

}  // namespace netadmin::people
