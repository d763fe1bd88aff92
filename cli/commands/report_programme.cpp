// netadmin report programme ID [--format text|markdown|html|json] [--output FILE]
#include "commands.hpp"
#include "report_common.hpp"

#include "render/reports.hpp"
#include "util/suggest.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    std::string id;
    std::string format;
    std::string output;
};

int unknown_programme(const Context& context, const std::string& id) {
    std::vector<std::string> ids;
    for (const auto& programme : context.registry().programmes) ids.push_back(programme.id);
    auto message = context.tr(i18n::Msg::err_unknown_programme, {id});
    if (const auto hint = util::closest_match(id, std::span<const std::string>(ids))) {
        message += "; " + context.tr(i18n::Msg::did_you_mean, {*hint});
    }
    return context.usage_error(message);
}

}  // namespace

Runner define_report_programme(CLI::App& command) {
    auto options = std::make_shared<Options>();
    command.add_option("id", options->id, "The programme's id")->required();
    add_format_option(command, options->format, {"text", "markdown", "html", "json"});
    command.add_option("--output,-o", options->output, "Write to FILE (atomically) instead of standard output");
    return [options](Context& context) {
        const auto* programme = context.registry().programme(options->id);
        if (programme == nullptr) return unknown_programme(context, options->id);
        const auto format = report_format(context, options->format);
        if (!format) return exit_code::usage;
        const auto view = report::build_programme_view(context.registry(), *programme, context.today);
        return emit_rendered(context, render::render_programme(view, *format, single_page(context)), options->format,
                             options->output);
    };
}

}  // namespace netadmin::cli
