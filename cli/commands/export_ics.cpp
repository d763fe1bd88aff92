// netadmin export ics [--region ID] [--programme ID] [--output/-o FILE]
// The meetings as an iCalendar file for Outlook, Google Calendar and
// Thunderbird; a command of the group "export" (cli/commands.cpp). What
// cannot go into a calendar (a date without a day) is named on stderr.
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "i18n/dates.hpp"
#include "render/ics.hpp"
#include "report/agenda.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    std::string region;
    std::string programme;
    std::string output;
};

void warn_left_out(const Context& context, const render::IcsLeftOut& item) {
    if (!item.date) {
        context.error(context.tr(i18n::Msg::ics_left_out_undated, item.id));
        return;
    }
    const auto when = i18n::format_fuzzy_date(context.language, *item.date);
    context.error(item.registration ? context.tr(i18n::Msg::ics_deadline_left_out, item.id, when)
                                    : context.tr(i18n::Msg::ics_left_out_vague, item.id, when));
}

int run_ics(Context& context, const Options& options) {
    std::string region;
    std::string programme;
    if (auto found = resolve_region(context.registry(), options.region); found) {
        region = *found;
    } else {
        return context.usage_error(found.problem());
    }
    if (auto found = resolve_programme(context.registry(), options.programme); found) {
        programme = *found;
    } else {
        return context.usage_error(found.problem());
    }
    const auto selection = report::select_calendar(context.registry(), region, programme);
    const auto calendar = render::to_ics(context.registry(), selection.meetings, selection.programmes, context.today);
    for (const auto& item : calendar.left_out) warn_left_out(context, item);
    return context.emit(calendar.text, options.output);
}

}  // namespace

Runner define_export_ics(CLI::App& command) {
    auto options = std::make_shared<Options>();
    complete_with(help_from_catalogue(command.add_option("--region", options->region), Msg::help_export_ics_region),
                  Completion::ids(model::EntityKind::region))
        ->type_name("ID");
    complete_with(
        help_from_catalogue(command.add_option("--programme", options->programme), Msg::help_export_ics_programme),
        Completion::ids(model::EntityKind::programme))
        ->type_name("ID");
    add_output_option(command, options->output);
    return [options](Context& context) { return run_ics(context, *options); };
}

}  // namespace netadmin::cli
