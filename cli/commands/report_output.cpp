#include "report_output.hpp"

#include "commands.hpp"

#include "report/parts.hpp"

namespace netadmin::cli {

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

}  // namespace netadmin::cli
