// netadmin report coverage [--format text|markdown|html|json|csv] [--output FILE]
#include "commands.hpp"
#include "report_common.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    std::string format;
    std::string output;
};

}  // namespace

Runner define_report_coverage(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_format_option(command, options->format, {"text", "markdown", "html", "json", "csv"});
    command.add_option("--output,-o", options->output, "Write to FILE (atomically) instead of standard output");
    return [options](Context& context) {
        const auto format = report_format(context, options->format);
        if (!format) return exit_code::usage;
        const auto view = report::build_coverage_view(context.registry());
        return emit_rendered(context, render::render_coverage(view, *format, single_page(context)), options->format,
                             options->output);
    };
}

}  // namespace netadmin::cli
