// netadmin report coverage [--format text|markdown|html|json|csv|svg] [--output FILE]
#include "commands.hpp"
#include "participants.hpp"
#include "report_map.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {
Runner define_report_coverage(CLI::App& command) {
    auto output = std::make_shared<ReportOutput>();
    add_report_output_options(command, *output, render::coverage_formats());
    return [output](Context& context) {
        auto view = report::build_coverage_view(context.registry());
        if (const auto failed = attach_trained(context, view)) return *failed;
        auto options = single_page(context);
        model::Outlines outlines;
        if (const auto failed = prepare_map(context, *output, "", outlines, options)) return *failed;
        return emit_report(context, *output,
                           [&](render::Format format) { return render::render_coverage(view, format, options); });
    };
}

}  // namespace netadmin::cli
