// Rendering remind's outcomes (see reminder_outcomes.hpp).
#include "render/reminder_outcomes.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "remind/reminder_mail.hpp"
#include "render/format.hpp"
#include "util/visible.hpp"

#include <algorithm>

namespace netadmin::render {
namespace {

using i18n::Msg;
using remind::Action;
using remind::ActionKind;
using remind::BrokenFiles;
using remind::Outcome;
using remind::Result;
using remind::Target;
using remind::target_title;
using remind::TargetKind;

std::string who(const Action& action) {
    const auto& id = action.key.recipient;
    if (action.person == nullptr) {  // a registrant: the id is the address
        return util::visible_controls(action.name.empty() ? action.address : action.address + " – " + action.name);
    }
    const auto name = action.name.empty() ? id : action.name + " (" + id + ")";
    return util::visible_controls(action.address.empty() ? name : action.address + " – " + name);
}

std::string heading(const Target& target, i18n::Language language) {
    const auto day = i18n::format_day(language, target.date, true);
    const auto title = util::visible_controls(target_title(target));
    if (target.kind == TargetKind::meeting) return i18n::format(language, Msg::rem_plan_meeting, title, target.id, day);
    return i18n::format(language, Msg::rem_plan_deadline, title, target.id, day);
}

// Why an outcome failed, in words; "" when it did not.
std::string why(const Outcome& outcome, i18n::Language language) {
    return outcome.problem ? i18n::format(language, *outcome.problem) : std::string();
}

// One outcome: when, to whom, and (for a failure) why.
std::string line_text(const Outcome& outcome, const std::string& when, const std::string& to, i18n::Language language) {
    switch (outcome.result) {
        case Result::sent: return i18n::format(language, Msg::rem_result_sent, when, to);
        case Result::failed:
            return i18n::format(language, Msg::rem_result_failed, when, to,
                                util::visible_controls(why(outcome, language)));
        case Result::planned:
        case Result::recorded: break;
    }
    switch (outcome.action->kind) {
        case ActionKind::send:
            return outcome.action->retry ? i18n::format(language, Msg::rem_action_retry, when, to)
                                         : i18n::format(language, Msg::rem_action_send, when, to);
        case ActionKind::skip_superseded: return i18n::format(language, Msg::rem_action_superseded, when, to);
        case ActionKind::missing_address: return i18n::format(language, Msg::rem_action_no_address, when, to);
        case ActionKind::withhold: return i18n::format(language, Msg::rem_result_withheld, when, to);
    }
    return i18n::format(language, Msg::rem_action_send, when, to);
}

std::string_view action_name(ActionKind kind) {
    switch (kind) {
        case ActionKind::send: return "send";
        case ActionKind::skip_superseded: return "skip-superseded";
        case ActionKind::missing_address: return "missing-address";
        case ActionKind::withhold: return "withhold";
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
    return i18n::format(language, Msg::rem_days_before, std::int64_t{offset});
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
        out += "  " + line_text(outcome, offset_text(action.key.offset, language), who(action), language) + "\n";
    }
    return out;
}

namespace {

std::string files_text(const model::Registry& registry, const BrokenFiles& broken,
                       const std::vector<std::uint32_t>& files, i18n::Language language) {
    std::string out;
    for (const auto file : files) {
        const auto name = util::visible_controls(broken.name(registry, file));
        const auto count = broken.errors_in(file);
        out += out.empty() ? "" : ", ";
        out += i18n::format(language, Msg::rem_file_errors, name, std::int64_t(count));
    }
    return out;
}

std::string region_of(const model::Registry& registry, const Target& target) {
    const auto& id = target.meeting != nullptr ? target.meeting->region : target.programme->region;
    const auto* region = registry.region(id);
    return util::visible_controls(region != nullptr && !region->name.empty() ? region->name : id);
}

}  // namespace

std::vector<std::string> withheld_summary(const model::Registry& registry, const BrokenFiles& broken,
                                          const std::vector<Outcome>& outcomes, i18n::Language language) {
    std::vector<std::string> lines;
    if (!broken.any()) return lines;
    struct Group {
        std::string region;
        std::int64_t count = 0;
        std::vector<std::uint32_t> files;
    };
    std::vector<Group> groups;  // in the order of the report
    for (const auto& outcome : outcomes) {
        if (outcome.action->kind != ActionKind::withhold) continue;
        const auto region = region_of(registry, *outcome.action->target);
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.region == region; });
        if (group == groups.end()) group = groups.insert(groups.end(), Group{region, 0, {}});
        ++group->count;
        for (auto file : outcome.action->target->broken_files) group->files.push_back(file);
    }
    for (auto& group : groups) {
        std::sort(group.files.begin(), group.files.end());
        group.files.erase(std::unique(group.files.begin(), group.files.end()), group.files.end());
        const auto files = files_text(registry, broken, group.files, language);
        lines.push_back(i18n::format(language, Msg::rem_withheld, group.count, group.region, files));
    }
    if (lines.empty()) {
        lines.push_back(
            i18n::format(language, Msg::rem_registry_errors, files_text(registry, broken, broken.all(), language)));
    }
    return lines;
}

std::string missed_text(const state::LogEntry& entry, i18n::Language language) {
    const auto when = util::visible_controls(entry.key.target) + " (" + time::to_iso(entry.key.reference) + "), " +
                      offset_text(entry.key.offset, language);
    const auto who = util::visible_controls(
        entry.info.address.empty() ? entry.key.recipient : entry.info.address + " – " + entry.key.recipient);
    return i18n::format(language, Msg::rem_result_missed, when, who);
}

std::string unknown_text(const state::LogEntry& entry, i18n::Language language) {
    return i18n::format(language, Msg::rem_unknown_notice, std::to_string(entry.id),
                        util::visible_controls(entry.key.target),
                        util::visible_controls(entry.info.address.empty() ? entry.key.recipient : entry.info.address),
                        entry.updated_at);
}

std::string outcomes_json(const std::vector<Outcome>& outcomes, const time::CivilDate& today) {
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
        out += ", \"name\": " + json_string(action.name);
        out += ", \"address\": " + (action.address.empty() ? std::string("null") : json_string(action.address));
        out += ", \"retry\": " + std::string(action.retry ? "true" : "false");
        // English, as the other words of this JSON (its keys and result names).
        out += ", \"detail\": " + json_string(why(outcome, i18n::Language::en)) + "}";
    }
    out += first ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

}  // namespace netadmin::render
