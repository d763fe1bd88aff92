// Reminder subjects and bodies (see reminder_mail.hpp).
#include "remind/reminder_mail.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "query/lookup.hpp"

namespace netadmin::remind {
namespace {

using i18n::Msg;

void add_fact(std::string& body, i18n::Language language, Msg label, const std::string& value) {
    if (value.empty()) return;
    body += std::string(i18n::runtime_text(language, label)) + ": " + value + "\n";
}

void meeting_facts(const model::Registry& registry, const Target& target, i18n::Language language, std::string& body) {
    const auto& meeting = *target.meeting;
    add_fact(body, language, Msg::rem_label_date, i18n::format_day(language, target.date, true));
    add_fact(body, language, Msg::rem_label_time, i18n::format_time_range(language, meeting.start, meeting.end));
    add_fact(body, language, Msg::rem_label_place, query::meeting_place(registry, meeting));
    if (target.programme != nullptr) add_fact(body, language, Msg::rem_label_programme, target.programme->name);
    add_fact(body, language, Msg::rem_label_theme, meeting.theme);
    if (!meeting.summary.empty()) body += "\n" + meeting.summary + "\n";
    if (meeting.moved_from) {
        body += "\n" +
                i18n::format(language, Msg::rem_moved, i18n::format_fuzzy_date(language, *meeting.moved_from, true)) +
                "\n";
    }
}

void deadline_facts(const Target& target, i18n::Language language, std::string& body) {
    const auto& registration = *target.registration;
    add_fact(body, language, Msg::rem_label_registration, registration.channel);
    add_fact(body, language, Msg::rem_label_requirement, registration.requirement);
}

}  // namespace

std::string target_title(const Target& target) {
    if (target.kind == TargetKind::meeting || target.meeting != nullptr) {
        return target.meeting->title.empty() ? target.meeting->id : target.meeting->title;
    }
    return target.programme->name;
}

ReminderText reminder_text(const model::Registry& registry, const Target& target, std::string_view name,
                           i18n::Language language) {
    const auto title = target_title(target);
    const auto day = i18n::format_day(language, target.date, true);
    ReminderText text;
    std::string& body = text.body;
    body = name.empty() ? std::string(i18n::text(language, Msg::rem_greeting_anonymous))
                        : i18n::format(language, Msg::rem_greeting, std::string(name));
    body += "\n\n";
    if (target.kind == TargetKind::meeting) {
        text.subject = i18n::format(language, Msg::rem_subject_meeting, title, day);
        body += i18n::format(language, Msg::rem_intro_meeting, title) + "\n\n";
        meeting_facts(registry, target, language, body);
    } else {
        text.subject = i18n::format(language, Msg::rem_subject_deadline, title, day);
        body += i18n::format(language, Msg::rem_intro_deadline, title, day) + "\n\n";
        deadline_facts(target, language, body);
    }
    body += "\n-- \n" + std::string(i18n::text(language, Msg::rem_footer)) + "\n";
    return text;
}

mail::MessageInput reminder_message(const model::Registry& registry, const Action& action, const std::string& from,
                                    std::int64_t now, const std::string& message_id,
                                    std::optional<mail::Attachment> calendar) {
    const auto language = i18n::parse_language(registry.settings.language).value_or(i18n::Language::sv);
    auto text = reminder_text(registry, *action.target, action.name, language);
    mail::MessageInput input;
    input.from = {"", from};
    input.to = {action.name, action.address};
    input.subject = std::move(text.subject);
    input.body = std::move(text.body);
    input.date = now;
    input.message_id = message_id;
    input.attachment = std::move(calendar);
    return input;
}

}  // namespace netadmin::remind
