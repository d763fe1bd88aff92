// The registry's [settings]: the language of messages, the reminder days,
// retention. Its keys are the table below, which load/read_common.cpp
// reads with the rules of each key and `set settings` edits.
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <string>
#include <string_view>
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

// The keys of [settings]: each with its type and, for a whole number, its
// range. The table `reminders` has the keys of every [..reminders] table
// (kReminderFields).
struct SettingsKey {
    std::string_view key;
    ValueType type = ValueType::text;
    int min = 0;  // integer: the range accepted
    int max = 0;
    catalog::Msg doc{};
};

inline constexpr SettingsKey kSettingsKeys[] = {
    {.key = "language", .type = ValueType::language, .doc = catalog::Msg::doc_settings_language},
    {.key = "mail_from", .type = ValueType::email, .doc = catalog::Msg::doc_settings_mail_from},
    {.key = "as_of", .type = ValueType::date, .doc = catalog::Msg::doc_settings_as_of},
    {.key = "mailer_timeout",
     .type = ValueType::integer,
     .min = 1,
     .max = 3600,
     .doc = catalog::Msg::doc_settings_mailer_timeout},
    {.key = "retention_months",
     .type = ValueType::integer,
     .min = 1,
     .max = 1200,
     .doc = catalog::Msg::doc_settings_retention_months},
    {.key = "reminders", .type = ValueType::table, .doc = catalog::Msg::doc_settings_reminders},
};

// The row of `key`; every key the loader reads has one.
constexpr const SettingsKey& settings_key(std::string_view key) {
    for (const auto& row : kSettingsKeys) {
        if (row.key == key) return row;
    }
    return kSettingsKeys[0];
}

}  // namespace netadmin::model
