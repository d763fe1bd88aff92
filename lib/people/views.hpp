// The participants as listings: who registered (registrations list) and
// who was present (report attendance), as report::Table for the renderers.
#pragma once

#include "i18n/language.hpp"
#include "model/registry.hpp"
#include "report/table.hpp"
#include "state/participants.hpp"

#include <vector>

namespace netadmin::people {

// email, name, centre, workplace, municipality, registered.
report::Table registrations_table(const std::vector<state::RegistrationRow>& rows, const model::Registry& registry);

// email, name, walk_in; sorted by name the Swedish way.
report::Table attendance_table(const std::vector<state::AttendanceRow>& rows, i18n::Language language);

}  // namespace netadmin::people
