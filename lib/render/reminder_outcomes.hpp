// What `netadmin remind` prints: the planned actions (without --send) or
// what became of them (with --send), grouped by meeting or deadline, as text
// for people (in the user's language) or JSON for scripts.
#pragma once

#include "i18n/language.hpp"
#include "remind/outcome.hpp"
#include "state/state_db.hpp"

#include <string>
#include <vector>

namespace netadmin::render {

// Empty when there are no outcomes, so cron has nothing to mail.
std::string outcomes_text(const std::vector<remind::Outcome>& outcomes, i18n::Language language);
std::string outcomes_json(const std::vector<remind::Outcome>& outcomes, const time::CivilDate& today);

// For an operator reading cron's mail: one line per region whose reminders
// were withheld ("3 reminders for Region Norrbotten not sent: norrbotten.toml
// has 1 error; run 'netadmin check'"), or one line naming the broken files
// when nothing was withheld. Empty when the registry has no errors.
std::vector<std::string> withheld_summary(const model::Registry& registry, const remind::BrokenFiles& broken,
                                          const std::vector<remind::Outcome>& outcomes, i18n::Language language);

// One line for a delivery withheld until its day passed.
std::string missed_text(const state::LogEntry& entry, i18n::Language language);
// One line for a delivery whose outcome is unknown, with what to do.
std::string unknown_text(const state::LogEntry& entry, i18n::Language language);

// "7 days before", "1 day before", "on the day".
std::string offset_text(int offset, i18n::Language language);

}  // namespace netadmin::render
