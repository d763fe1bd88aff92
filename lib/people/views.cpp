// Participant listings (see views.hpp).
#include "people/views.hpp"

#include "i18n/catalog.hpp"
#include "util/collate.hpp"

#include <algorithm>

namespace netadmin::people {

using i18n::Msg;
using report::Cell;

report::Table registrations_table(const std::vector<state::RegistrationRow>& rows, const model::Registry& registry) {
    report::Table table;
    table.columns = {{"email", Msg::col_email},
                     {"name", Msg::col_name},
                     {"centre", Msg::col_centre},
                     {"workplace", Msg::col_workplace},
                     {"municipality", Msg::col_municipality},
                     {"registered", Msg::col_registered}};
    for (const auto& row : rows) {
        const auto* centre = registry.centre(row.centre);
        table.rows.push_back({Cell::plain(row.email), Cell::plain(row.name),
                              centre != nullptr ? Cell::pair(centre->name, centre->id) : Cell::null(),
                              Cell::plain(row.workplace), Cell::plain(row.municipality),
                              Cell::plain(row.registered_on)});
    }
    return table;
}

}  // namespace netadmin::people
