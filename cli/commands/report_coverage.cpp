// netadmin report coverage [--gaps] [--format text|markdown|html|json|csv|svg] [--output FILE]
#include "commands.hpp"
#include "participants.hpp"
#include "report_map.hpp"

#include "command_line.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {
Runner define_report_coverage(CLI::App& command) {
    auto output = std::make_shared<ReportOutput>();
    auto gaps = std::make_shared<bool>(false);
    help_from_catalogue(command.add_flag("--gaps", *gaps), i18n::Msg::help_report_coverage_gaps);
    add_report_output_options(command, *output, render::coverage_formats());
    return [output, gaps](Context& context) {
        auto view = report::build_coverage_view(context.registry());
        if (*gaps) report::keep_gaps(view);
        if (const auto failed = attach_trained(context, view)) return *failed;
        auto options = single_page(context);
        model::Outlines outlines;
        if (const auto failed = prepare_map(context, *output, "", outlines, options)) return *failed;
        return emit_report(context, *output,
                           [&](render::Format format) { return render::render_coverage(view, format, options); });
    };
}

}  // namespace netadmin::cli
