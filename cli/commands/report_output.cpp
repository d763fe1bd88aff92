#include "report_output.hpp"

#include "command_line.hpp"
#include "commands.hpp"

#include "report/parts.hpp"

namespace netadmin::cli {
namespace {

struct EntityReportOptions {
    std::string id;
    ReportOutput output;
};

}  // namespace

void add_report_output_options(CLI::App& command, ReportOutput& output, std::span<const render::Format> formats) {
    output.formats = formats;
    add_format_option(command, output.format, formats);
    add_output_option(command, output.output);
}

render::LayoutOptions single_page(const Context& context) {
    render::LayoutOptions options;
    options.language = context.language;
    options.today = context.today;
    options.as_of = report::registry_as_of(context.registry());
    return options;
}

int emit_rendered(const Context& context, const std::optional<std::string>& content, const ReportOutput& output) {
    if (!content) {
        return context.usage_error(
            context.tr(i18n::Msg::err_unsupported_format, output.format, render::format_names(output.formats, ", ")));
    }
    return context.emit(*content, output.output);
}

Runner define_entity_report(CLI::App& command, catalog::Checked<> id_help, model::EntityKind kind,
                            std::span<const render::Format> formats, ResolveId resolve, EntityReport run) {
    auto options = std::make_shared<EntityReportOptions>();
    complete_with(help_from_catalogue(command.add_option("id", options->id), id_help), Completion::ids(kind))
        ->required();
    add_report_output_options(command, options->output, formats);
    return [options, resolve, run = std::move(run)](Context& context) {
        const auto found = resolve(context.registry(), options->id);
        if (!found) return context.usage_error(found.problem());
        return run(context, *found, options->output);
    };
}

}  // namespace netadmin::cli
