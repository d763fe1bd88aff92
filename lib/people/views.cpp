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

namespace {

std::string target_name(const model::Registry& registry, const std::string& id) {
    if (const auto* meeting = registry.meeting(id)) return meeting->title;
    for (const auto& programme : registry.programmes) {
        if (programme.id == id) return programme.name;
    }
    return {};
}

}  // namespace

std::string target_label(const model::Registry& registry, const std::string& id) {
    const auto name = target_name(registry, id);
    return name.empty() ? id : name + " (" + id + ")";
}

report::Table person_registrations_table(const std::vector<state::RegistrationRow>& rows,
                                         const model::Registry& registry) {
    auto table = registrations_table(rows, registry);
    table.columns.insert(table.columns.begin(), {"for", Msg::col_registered_for});
    for (std::size_t i = 0; i < rows.size(); ++i) {
        table.rows[i].insert(table.rows[i].begin(), Cell::pair(target_label(registry, rows[i].target), rows[i].target));
    }
    return table;
}

}  // namespace netadmin::people
