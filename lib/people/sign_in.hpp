// The sign-in sheet of a meeting: the people registered for it or its
// programme and anyone recorded present, by name the Swedish way, and the
// listing of them for CSV and JSON. The printable HTML page is render's
// (render/sign_in_sheet.hpp).
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

}  // namespace netadmin::people
