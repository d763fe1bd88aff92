// netadmin report programme ID [--format text|markdown|html|json] [--output FILE]
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"
#include "participants.hpp"
#include "report_output.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    std::string id;
    ReportOutput output;
};

}  // namespace

Runner define_report_programme(CLI::App& command) {
    auto options = std::make_shared<Options>();
    complete_with(help_from_catalogue(command.add_option("id", options->id), Msg::help_report_programme_id),
                  Completion::ids(model::EntityKind::programme))
        ->required();
    add_report_output_options(command, options->output, render::programme_formats());
    return [options](Context& context) {
        std::string programme_id;
        if (auto found = resolve_programme(context.registry(), options->id); found) {
            programme_id = *found;
        } else {
            return context.usage_error(found.problem());
        }
        const auto* programme = context.registry().programme(programme_id);
        auto view = report::build_programme_view(context.registry(), *programme, context.today);
        if (auto problem = attach_progress(context, *programme, view)) return *problem;
        return emit_report(context, options->output, [&](render::Format format) {
            return render::render_programme(view, format, single_page(context));
        });
    };
}

}  // namespace netadmin::cli
