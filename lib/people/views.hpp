// The participants as a listing: who registered (registrations list), as
// report::Table for the renderers.
#pragma once

#include "i18n/language.hpp"
#include "model/registry.hpp"
#include "report/table.hpp"
#include "state/participants.hpp"

#include <vector>

namespace netadmin::people {

// email, name, centre, workplace, municipality, registered.
report::Table registrations_table(const std::vector<state::RegistrationRow>& rows, const model::Registry& registry);

}  // namespace netadmin::people
