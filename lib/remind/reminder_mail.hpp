// The e-mail for one planned reminder, in the registry's language: a
// subject and a plain-text body with the meeting's (or deadline's) facts,
// then the whole message as mail::MessageInput. Pure: the instant and the
// Message-ID come from the caller.
#pragma once

#include "i18n/language.hpp"
#include "mail/message.hpp"
#include "remind/plan.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace netadmin::remind {

struct ReminderText {
    std::string subject;
    std::string body;
};

// What a target is called: the meeting's title, or the programme's name.
std::string target_title(const Target& target);

ReminderText reminder_text(const model::Registry& registry, const Target& target, std::string_view name,
                           i18n::Language language);

// The message for a `send` action. `from` is settings.mail_from or the
// caller's default. `calendar` is the meeting as text/calendar, attached
// when given (the calendar renderer supplies it; see mail::Attachment).
mail::MessageInput reminder_message(const model::Registry& registry, const Action& action, const std::string& from,
                                    std::int64_t now, const std::string& message_id,
                                    std::optional<mail::Attachment> calendar = std::nullopt);

}  // namespace netadmin::remind
