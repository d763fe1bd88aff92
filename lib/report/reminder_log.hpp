// The reminder delivery log as a table, for `netadmin reminders log`.
// A delivery still marked `sending` is shown as `unknown`: it was handed to
// the mailer by a run that stopped before recording the outcome, and it is
// not sent again (see docs/cron.md).
#pragma once

#include "i18n/language.hpp"
#include "report/table.hpp"
#include "state/state_db.hpp"

#include <vector>

namespace netadmin::report {

Table reminder_log_table(const std::vector<state::LogEntry>& entries, i18n::Language language);

}  // namespace netadmin::report
