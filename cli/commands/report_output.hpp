// --format and --output of the report commands (cli/commands/report_*.cpp),
// writing a rendered report to one or the other, and the command line of a
// report of one entity given by its id.
#pragma once

#include "commands.hpp"
#include "context.hpp"

#include <CLI/CLI.hpp>

#include "render/format.hpp"
#include "render/report_layout.hpp"

#include <functional>
#include <optional>
#include <span>
#include <string>

namespace netadmin::cli {

// Where a report goes: --format and --output, the same on every report.
struct ReportOutput {
    std::string format;
    std::string output;
    std::span<const render::Format> formats;  // what the report declares it can write
};
// --format with the formats the report declares (render/reports.hpp), and --output.
void add_report_output_options(CLI::App& command, ReportOutput& output, std::span<const render::Format> formats);
// Layout options for one report on its own (no site navigation).
render::LayoutOptions single_page(const Context& context);
// Writes the report to --output (atomically) or stdout; nullopt `content`
// (an svg without a map) is a usage error naming the formats there are.
int emit_rendered(const Context& context, const std::optional<std::string>& content, const ReportOutput& output);

// Renders in the format chosen and writes the result (see emit_rendered).
// The parser took only one of output.formats.
template <typename Render>
int emit_report(const Context& context, const ReportOutput& output, Render render) {
    return emit_rendered(context, render(*render::parse_format(output.format)), output);
}

// A report of one entity (`report programme ID`, `report region ID`): the
// id with its help and the kind it completes to, --format and --output. The id is resolved before `run`
// gets it (one that names nothing is a usage error with the nearest).
using ResolveId = catalog::Result<std::string> (*)(const model::Registry& registry, const std::string& text);
using EntityReport = std::function<int(Context& context, const std::string& id, const ReportOutput& output)>;
Runner define_entity_report(CLI::App& command, catalog::Checked<> id_help, model::EntityKind kind,
                            std::span<const render::Format> formats,
                            ResolveId resolve, EntityReport run);

}  // namespace netadmin::cli
