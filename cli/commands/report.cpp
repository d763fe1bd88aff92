// netadmin report region|programme|coverage|site: the reports for people and
// scripts. Each kind of report is a nested subcommand in its own file; this
// one registers them and runs the one that was given.
#include "commands.hpp"
#include "report_common.hpp"

namespace netadmin::cli {

Runner define_report_region(CLI::App& command);
Runner define_report_programme(CLI::App& command);
Runner define_report_coverage(CLI::App& command);
Runner define_report_site(CLI::App& command);
Runner define_report_attendance(CLI::App& command);

Runner define_report(CLI::App& command) {
    struct Sub {
        const char* name;
        const char* description;
        Runner (*define)(CLI::App&);
    };
    static const Sub subs[] = {
        {"region", "A region's status: centres, municipalities, network, programmes, contacts", define_report_region},
        {"programme", "A programme's invitation and status: themes, sessions, venue, registration",
         define_report_programme},
        {"coverage", "One row per region: municipalities and centres by kind, births, national totals",
         define_report_coverage},
        {"site", "A static, linked HTML site of every report", define_report_site},
        {"attendance", "A meeting's sign-in sheet (html) or its registered and present people (csv, json)",
         define_report_attendance},
    };
    command.require_subcommand(1);
    auto runners = std::make_shared<std::vector<std::pair<CLI::App*, Runner>>>();
    for (const auto& sub : subs) {
        auto* app = command.add_subcommand(sub.name, sub.description);
        runners->emplace_back(app, sub.define(*app));
    }
    return [runners](Context& context) {
        for (auto& [app, runner] : *runners) {
            if (app->parsed()) {
                context.command_name = "report " + app->get_name();
                return runner(context);
            }
        }
        // The parser already refuses 'report' alone (cli/command_line.cpp).
        return context.usage_error(context.tr(i18n::Msg::err_command_required, "netadmin report",
                                              "region, programme, coverage, site, attendance"));
    };
}

void add_report_output_options(CLI::App& command, ReportOutput& output, std::initializer_list<std::string> formats) {
    add_format_option(command, output.format, formats);
    add_output_option(command, output.output);
}

std::optional<render::Format> report_format(const Context& context, const std::string& name) {
    const auto format = render::parse_format(name);
    if (!format) context.usage_error(context.tr(i18n::Msg::err_unknown_format, name, "text, markdown, html, json"));
    return format;
}

render::LayoutOptions single_page(const Context& context) {
    render::LayoutOptions options;
    options.language = context.language;
    options.today = context.today;
    options.as_of = report::registry_as_of(context.registry());
    return options;
}

int emit_rendered(const Context& context, const std::optional<std::string>& content, const std::string& format,
                  const std::string& output) {
    if (!content) {
        return context.usage_error(context.tr(i18n::Msg::err_unsupported_format, format, "text, markdown, html, json"));
    }
    return context.emit(*content, output);
}

}  // namespace netadmin::cli
