// netadmin report region ID [--format text|markdown|html|json|svg] [--output FILE]
#include "commands.hpp"
#include "filters.hpp"
#include "report_map.hpp"
#include "report_output.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {

Runner define_report_region(CLI::App& command) {
    return define_entity_report(
        command, i18n::Msg::help_report_region_id, model::EntityKind::region, render::region_formats(), resolve_region,
        [](Context& context, const std::string& region_id, const ReportOutput& output) {
            const auto& registry = context.registry();
            const auto& region = *registry.region(region_id);
            const auto view = report::build_region_view(registry, region, context.today);
            auto layout = single_page(context);
            model::Outlines outlines;
            if (const auto failed = prepare_map(context, output, region.county_code, outlines, layout)) return *failed;
            return emit_report(context, output,
                               [&](render::Format format) { return render::render_region(view, format, layout); });
        });
}

}  // namespace netadmin::cli
