// The registry's [settings]: the language of messages, the reminder days,
// retention. No field table: load/read_common.cpp reads it.
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::model {

// The newest registry format this netadmin reads. A registry that uses a
// feature of a newer format says so in `[settings] requires = "N"`; an older
// netadmin then refuses it in one line instead of a list of unknown keys
// (load/registry_loader.hpp, docs/collaboration.md). Format 2: `requires`
// itself and a person's `publish_contact`.
inline constexpr int kFormatVersion = 2;

struct Settings {
    std::string language = "sv";  // language of messages sent to people
    std::string mail_from;
    std::optional<time::FuzzyDate> as_of;  // the date the registry's facts hold, when stated
    bool reminders_set = false;            // [settings.reminders] is given
    std::vector<int> meeting_days{14, 7, 1};
    std::vector<int> deadline_days{7, 1};
    std::vector<std::string> reminders_to{"contacts"};  // who meetings remind (ReminderRules::to)
    std::optional<int> mailer_timeout;                  // seconds; unset: the mailer's default
    int retention_months = 24;                          // participants kept after their programme's or meeting's end
    std::optional<SourceRef> where;                     // the [settings] table, when there is one
};

}  // namespace netadmin::model
