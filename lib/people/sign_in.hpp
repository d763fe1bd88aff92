// The sign-in sheet of a meeting: the people registered for it or its
// programme and anyone recorded present, by name the Swedish way. As a
// printable HTML page (30 names a page, each page headed with the meeting's
// title, date and place, and a column to sign in) and as a listing for CSV
// and JSON.
#pragma once

#include "i18n/language.hpp"
#include "model/registry.hpp"
#include "report/table.hpp"
#include "state/participants.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::people {

inline constexpr std::size_t kNamesPerPage = 30;

struct SignInRow {
    std::string name;
    std::string email;
    std::string workplace;  // the centre's name, else the workplace as written
    bool registered = false;
    std::optional<bool> present;  // unset while no attendance is recorded
};

std::vector<SignInRow> sign_in_rows(const model::Registry& registry,
                                    const std::vector<state::RegistrationRow>& registrations,
                                    const std::vector<state::AttendanceRow>& attendance);

report::Table sign_in_table(const std::vector<SignInRow>& rows, i18n::Language language);

std::string sign_in_html(const model::Registry& registry, const model::Meeting& meeting,
                         const std::vector<SignInRow>& rows, i18n::Language language);

}  // namespace netadmin::people
