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

// The same with a first column naming what each row is for: the programme's
// name or the meeting's title with its id (the id alone when the registry no
// longer has it), as `person show` lists a person's rows.
report::Table person_registrations_table(const std::vector<state::RegistrationRow>& rows,
                                         const model::Registry& registry);

// "Familjecentraldialogen, del 1 (fcd-planeringsmote-2018)": a programme's
// name or a meeting's title and its id; the id alone when neither.
std::string target_label(const model::Registry& registry, const std::string& id);

}  // namespace netadmin::people
