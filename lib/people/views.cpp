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

report::Table attendance_table(const std::vector<state::AttendanceRow>& rows, i18n::Language language) {
    auto sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        const auto order = util::compare_swedish(a.name, b.name);
        return order != 0 ? order < 0 : a.email < b.email;
    });
    report::Table table;
    table.columns = {{"email", Msg::col_email}, {"name", Msg::col_name}, {"walk_in", Msg::col_walk_in}};
    for (const auto& row : sorted) {
        table.rows.push_back({Cell::plain(row.email), Cell::plain(row.name),
                              Cell::pair(std::string(i18n::text(language, row.walk_in ? Msg::yes : Msg::no)),
                                         row.walk_in ? "true" : "false")});
    }
    return table;
}

}  // namespace netadmin::people
