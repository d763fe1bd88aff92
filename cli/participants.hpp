// What the participant commands (registrations, register, unregister,
// attendance, person) share: naming a programme or meeting, opening the
// state database for writing, and catching its errors.
#pragma once

#include "context.hpp"

#include "report/coverage_report.hpp"
#include "report/programme_report.hpp"
#include "state/state_db.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace netadmin::cli {

// A programme (by id, name or short name) or a meeting (by id) into its id;
// a usage error with the nearest ids otherwise.
std::optional<int> resolve_target(const Context& context, const std::string& text, std::string& target);

// A meeting by id; a usage error with the nearest ids otherwise.
std::optional<int> resolve_meeting(const Context& context, const std::string& text, const model::Meeting*& meeting);

// Opens (creating when missing, and saying so on stderr) the state database
// at Context::state_file (a command that declares State::database).
catalog::Result<std::unique_ptr<state::StateDb>> open_state_for_writing(const Context& context);

// Opens the state database read-only when there is one (a state path and a
// file there); nullptr when there is none. Never creates it.
catalog::Result<std::unique_ptr<state::StateDb>> open_state_for_reading(const Context& context);

// A located problem ("FILE:ROW:COL: error: …") on its own line on stderr,
// without the "netadmin:" prefix, as `check` prints diagnostics.
void print_located(const std::string& line);

// Adds the participants recorded in the state database (when it exists:
// never created here) to a programme report; an exit code when the state
// database cannot be read.
std::optional<int> attach_progress(const Context& context, const model::Programme& programme,
                                   report::ProgrammeView& view);

// Adds to the coverage report, per municipality, the staff recorded as
// trained in each programme (when the state database exists: never created
// here); an exit code when it cannot be read.
std::optional<int> attach_trained(const Context& context, report::CoverageView& view);

}  // namespace netadmin::cli
