// netadmin report region ID [--format text|markdown|html|json|svg] [--output FILE]
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"
#include "report_map.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    std::string id;
    ReportOutput output;
};

}  // namespace

Runner define_report_region(CLI::App& command) {
    auto options = std::make_shared<Options>();
    complete_with(help_from_catalogue(command.add_option("id", options->id), Msg::help_report_region_id),
                  Completion::ids(model::EntityKind::region))
        ->required();
    add_report_output_options(command, options->output, render::region_formats());
    return [options](Context& context) {
        std::string region_id;
        if (auto found = resolve_region(context.registry(), options->id); found) {
            region_id = *found;
        } else {
            return context.usage_error(found.problem());
        }
        const auto& registry = context.registry();
        const auto& region = *registry.region(region_id);
        const auto view = report::build_region_view(registry, region, context.today);
        auto layout = single_page(context);
        model::Outlines outlines;
        if (const auto failed = prepare_map(context, options->output, region.county_code, outlines, layout))
            return *failed;
        return emit_report(context, options->output,
                           [&](render::Format format) { return render::render_region(view, format, layout); });
    };
}

}  // namespace netadmin::cli
