// netadmin report site --output DIR: every report as a linked static site.
// Files are written one by one, each atomically; a cron job can regenerate
// the site in place and commit it, and only changed facts show in the diff.
#include "command_line.hpp"
#include "commands.hpp"
#include "report_map.hpp"

#include "render/ics.hpp"
#include "report/agenda.hpp"
#include "site/site.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    std::string output;
};

}  // namespace

Runner define_report_site(CLI::App& command) {
    auto options = std::make_shared<Options>();
    // A directory, but the shells complete --output alike for every command:
    // a file name, which offers the directories too.
    complete_with(help_from_catalogue(command.add_option("--output,-o", options->output), Msg::help_report_site_output),
                  Completion::file())
        ->required();
    return [options](Context& context) {
        // The whole registry's calendar travels with the site, so a published
        // site can be subscribed to from Outlook or Google Calendar.
        const auto selection = report::select_calendar(context.registry(), "", "");
        const auto calendar =
            render::to_ics(context.registry(), selection.meetings, selection.programmes, context.today);
        const std::vector<site::ExtraFile> extra{
            {{"calendar.ics", calendar.text}, context.tr(i18n::Msg::rpt_calendar)}};
        model::Outlines outlines;
        if (!read_outlines(context, outlines)) return exit_code::data_error;
        const auto site = site::build_site(context.registry(), context.language, context.today, extra, &outlines);
        for (const auto& id : site.skipped_ids) context.error(context.tr(i18n::Msg::err_unsafe_id, id));
        if (auto written = site::write_site(options->output, site.files); !written) {
            context.error(i18n::format(context.language, written.problem()));
            return exit_code::data_error;
        }
        return site.skipped_ids.empty() ? exit_code::ok : exit_code::data_error;
    };
}

}  // namespace netadmin::cli
