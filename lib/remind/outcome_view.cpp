// Rendering remind's outcomes (see outcome_view.hpp).
#include "remind/outcome_view.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "remind/reminder_mail.hpp"
#include "render/format.hpp"

namespace netadmin::remind {
namespace {

using i18n::Msg;

std::string who(const Action& action) {
    const auto& person = *action.person;
    const auto name = person.name.empty() ? person.id : person.name + " (" + person.id + ")";
    return action.address.empty() ? name : action.address + " – " + name;
}

std::string heading(const Target& target, i18n::Language language) {
    const auto day = i18n::format_day(language, target.date, true);
    return i18n::format(language, target.kind == TargetKind::meeting ? Msg::rem_plan_meeting : Msg::rem_plan_deadline,
                        {target_title(target), target.id, day});
}

Msg line_message(const Outcome& outcome) {
    switch (outcome.result) {
        case Result::sent: return Msg::rem_result_sent;
        case Result::failed: return Msg::rem_result_failed;
        case Result::planned:
        case Result::recorded: break;
    }
    switch (outcome.action->kind) {
        case ActionKind::send: return outcome.action->retry ? Msg::rem_action_retry : Msg::rem_action_send;
        case ActionKind::skip_superseded: return Msg::rem_action_superseded;
        case ActionKind::missing_address: return Msg::rem_action_no_address;
    }
    return Msg::rem_action_send;
}

std::string_view action_name(ActionKind kind) {
    switch (kind) {
        case ActionKind::send: return "send";
        case ActionKind::skip_superseded: return "skip-superseded";
        case ActionKind::missing_address: return "missing-address";
    }
    return "";
}

std::string_view result_name(Result result) {
    switch (result) {
        case Result::planned: return "planned";
        case Result::sent: return "sent";
        case Result::failed: return "failed";
        case Result::recorded: return "recorded";
    }
    return "";
}

}  // namespace

std::string offset_text(int offset, i18n::Language language) {
    if (offset == 0) return std::string(i18n::text(language, Msg::rem_on_the_day));
    if (offset == 1) return std::string(i18n::text(language, Msg::rem_one_day_before));
    return i18n::format(language, Msg::rem_days_before, {std::int64_t{offset}});
}

std::string outcomes_text(const std::vector<Outcome>& outcomes, i18n::Language language) {
    std::string out;
    const Target* current = nullptr;
    for (const auto& outcome : outcomes) {
        const auto& action = *outcome.action;
        if (action.target != current) {
            if (current != nullptr) out += "\n";
            current = action.target;
            out += heading(*current, language) + "\n";
        }
        out += "  " +
               i18n::format(language, line_message(outcome),
                            {offset_text(action.key.offset, language), who(action), outcome.detail}) +
               "\n";
    }
    return out;
}

std::string outcomes_json(const std::vector<Outcome>& outcomes, const time::CivilDate& today) {
    using render::json_string;
    std::string out = "{\n  \"today\": " + json_string(time::to_iso(today)) + ",\n  \"actions\": [";
    bool first = true;
    for (const auto& outcome : outcomes) {
        const auto& action = *outcome.action;
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {\"action\": " + json_string(action_name(action.kind));
        out += ", \"result\": " + json_string(result_name(outcome.result));
        out += ", \"kind\": " + json_string(action.target->kind == TargetKind::meeting ? "meeting" : "deadline");
        out += ", \"target\": " + json_string(action.key.target);
        out += ", \"title\": " + json_string(target_title(*action.target));
        out += ", \"reference_date\": " + json_string(time::to_iso(action.key.reference));
        out += ", \"offset_days\": " + std::to_string(action.key.offset);
        out += ", \"due\": " + json_string(time::to_iso(action.due));
        out += ", \"recipient\": " + json_string(action.key.recipient);
        out += ", \"name\": " + json_string(action.person->name);
        out += ", \"address\": " + (action.address.empty() ? std::string("null") : json_string(action.address));
        out += ", \"retry\": " + std::string(action.retry ? "true" : "false");
        out += ", \"detail\": " + json_string(outcome.detail) + "}";
    }
    out += first ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

}  // namespace netadmin::remind
