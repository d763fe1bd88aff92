// netadmin report region ID [--format text|markdown|html|json] [--output FILE]
#include "commands.hpp"
#include "filters.hpp"
#include "report_common.hpp"

#include "render/reports.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    std::string id;
    std::string format;
    std::string output;
};

}  // namespace

Runner define_report_region(CLI::App& command) {
    auto options = std::make_shared<Options>();
    command.add_option("id", options->id, "The region's id (see list-regions)")->required();
    add_format_option(command, options->format, {"text", "markdown", "html", "json"});
    command.add_option("--output,-o", options->output, "Write to FILE (atomically) instead of standard output");
    return [options](Context& context) {
        std::string region_id;
        if (auto problem = resolve_region(context, options->id, region_id)) return *problem;
        const auto format = report_format(context, options->format);
        if (!format) return exit_code::usage;
        const auto& registry = context.registry();
        const auto view = report::build_region_view(registry, *registry.region(region_id), context.today);
        return emit_rendered(context, render::render_region(view, *format, single_page(context)), options->format,
                             options->output);
    };
}

}  // namespace netadmin::cli
