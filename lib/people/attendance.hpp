// Who was present at a meeting, from a sign-in sheet (CSV) or a list of
// addresses: checked like a registration import (an address missing, not
// one, or twice is a located error and nothing is written), each person
// marked as a walk-in when not registered for the meeting or its programme.
// A sheet may have a column närvarande/present: then only the rows marked
// x, ja, yes, 1 or true count; without it, every row is someone present.
#pragma once

#include "csv/columns.hpp"
#include "csv/csv_reader.hpp"
#include "state/participants.hpp"

#include <span>
#include <string>
#include <vector>

namespace netadmin::people {

std::span<const csv::ColumnSpec> attendance_columns();

struct AttendancePlan {
    std::vector<state::AttendanceRow> rows;
    std::vector<csv::Problem> errors;
};

// `registered`: the current registrations for the meeting and its programme.
AttendancePlan plan_attendance(const csv::Table& table, const csv::Columns& columns, const std::string& meeting,
                               const std::vector<state::RegistrationRow>& registered);

// The addresses of `--present`, each word split at commas and white space
// ("a@x.se,b@y.se c@z.se" is three), empty pieces left out.
std::vector<std::string> split_addresses(const std::vector<std::string>& words);

// The same for addresses given on the command line (errors name no file).
AttendancePlan plan_present(const std::vector<std::string>& emails, const std::string& meeting,
                            const std::vector<state::RegistrationRow>& registered);

}  // namespace netadmin::people
