// Sign-in sheets (see sign_in.hpp).
#include "people/sign_in.hpp"

#include "i18n/catalog.hpp"
#include "util/collate.hpp"

#include <algorithm>
#include <map>

namespace netadmin::people {
namespace {

using i18n::Msg;
using report::Cell;

}  // namespace

std::vector<SignInRow> sign_in_rows(const model::Registry& registry,
                                    const std::vector<state::RegistrationRow>& registrations,
                                    const std::vector<state::AttendanceRow>& attendance) {
    std::map<std::string, SignInRow> people;  // by e-mail key
    for (const auto& row : registrations) {
        auto& person = people[state::email_key(row.email)];
        const auto* centre = registry.centre(row.centre);
        person.name = row.name;
        person.email = row.email;
        person.workplace = centre != nullptr ? centre->name : row.workplace;
        person.registered = true;
    }
    for (auto& entry : people) entry.second.present = attendance.empty() ? std::nullopt : std::optional<bool>(false);
    for (const auto& row : attendance) {
        auto& person = people[state::email_key(row.email)];
        if (person.email.empty()) person.email = row.email;
        if (person.name.empty()) person.name = row.name;
        person.present = true;
    }
    std::vector<SignInRow> rows;
    for (auto& entry : people) rows.push_back(std::move(entry.second));
    std::stable_sort(rows.begin(), rows.end(), [](const SignInRow& a, const SignInRow& b) {
        const auto order = util::compare_swedish(a.name, b.name);
        return order != 0 ? order < 0 : a.email < b.email;
    });
    return rows;
}

report::Table sign_in_table(const std::vector<SignInRow>& rows, i18n::Language language) {
    report::Table table;
    table.columns = {{"email", Msg::col_email},
                     {"name", Msg::col_name},
                     {"workplace", Msg::col_workplace},
                     {"registered", Msg::rpt_col_registered},
                     {"present", Msg::rpt_col_present}};
    auto yes_no = [&](bool value) {
        return Cell::pair(std::string(i18n::runtime_text(language, value ? Msg::yes : Msg::no)),
                          value ? "true" : "false");
    };
    for (const auto& row : rows) {
        table.rows.push_back({Cell::plain(row.email), Cell::plain(row.name), Cell::plain(row.workplace),
                              yes_no(row.registered), row.present ? yes_no(*row.present) : Cell::null()});
    }
    return table;
}

}  // namespace netadmin::people
