// netadmin report programme ID [--format text|markdown|html|json] [--output FILE]
#include "commands.hpp"
#include "filters.hpp"
#include "participants.hpp"
#include "report_output.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {

Runner define_report_programme(CLI::App& command) {
    return define_entity_report(
        command, i18n::Msg::help_report_programme_id, model::EntityKind::programme, render::programme_formats(),
        resolve_programme, [](Context& context, const std::string& programme_id, const ReportOutput& output) {
            const auto* programme = context.registry().programme(programme_id);
            auto view = report::build_programme_view(context.registry(), *programme, context.today);
            if (auto problem = attach_progress(context, *programme, view)) return *problem;
            return emit_report(context, output, [&](render::Format format) {
                return render::render_programme(view, format, single_page(context));
            });
        });
}

}  // namespace netadmin::cli
