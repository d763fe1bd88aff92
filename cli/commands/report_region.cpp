// netadmin report region ID [--format text|markdown|html|json|svg] [--output FILE]
#include "commands.hpp"
#include "filters.hpp"
#include "report_map.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    std::string id;
    ReportOutput output;
};

}  // namespace

Runner define_report_region(CLI::App& command) {
    auto options = std::make_shared<Options>();
    command.add_option("id", options->id, "The region's id (see list-regions)")->required();
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
