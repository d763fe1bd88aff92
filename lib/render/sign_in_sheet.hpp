// The sign-in sheet of a meeting as a printable HTML page: 30 names a page
// (people::kNamesPerPage), each page headed with the meeting's title, date
// and place, and a column to sign in. The rows are people::sign_in_rows'.
#pragma once

#include "i18n/language.hpp"
#include "model/registry.hpp"
#include "people/sign_in.hpp"

#include <string>
#include <vector>

namespace netadmin::render {

std::string sign_in_sheet_html(const model::Registry& registry, const model::Meeting& meeting,
                               const std::vector<people::SignInRow>& rows, i18n::Language language);

}  // namespace netadmin::render
