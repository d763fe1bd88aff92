// A registration system's export (a CSV table) turned into registration
// rows for one programme or meeting, checked row by row: every problem is
// found and located (FILE:ROW:COL) before anything is written, and any error
// means nothing is (the caller writes the rows in one transaction, or not).
//
// Errors: a row without an e-mail address, an address that is not one, an
// address twice in the file (compared without case), a workplace that
// matches more than one centre, a registration date that is no ISO date or
// date-time. A workplace that matches no centre is kept as text, with a
// warning. Columns (Swedish or English, any case): namn/name, or
// förnamn/first name and efternamn/last name (joined into the name),
// e-post/email (required), arbetsplats/workplace, kommun/municipality,
// anmäld/registered. An export's other columns are the caller's to keep
// unread (csv::ColumnChoices::keep_unknown): nothing here reads them.
#pragma once

#include "csv/columns.hpp"
#include "csv/csv_reader.hpp"
#include "model/registry.hpp"
#include "state/participants.hpp"
#include "time/civil_date.hpp"

#include <span>
#include <string>
#include <vector>

namespace netadmin::people {

// The columns of a registration export.
std::span<const csv::ColumnSpec> registration_columns();

struct RegistrationImport {
    std::vector<state::RegistrationRow> rows;
    std::vector<csv::Problem> errors;
    std::vector<csv::Problem> warnings;
};

// `target` is the programme or meeting id; `today` is the registration
// date of rows that do not say.
RegistrationImport plan_registrations(const csv::Table& table, const csv::Columns& columns,
                                      const model::Registry& registry, const std::string& target,
                                      const time::CivilDate& today);

// The registration date as stored: the ISO day of a date or date-time
// ("2023-08-15 10:22" -> "2023-08-15"), `today` when empty; a problem
// (without a place) when the cell is neither.
catalog::Result<std::string> registration_date(std::string_view cell, const time::CivilDate& today);

// The name of a row: the name cell, else the first and last names joined.
std::string registration_name(std::string_view name, std::string_view first, std::string_view last);

}  // namespace netadmin::people
