// Helpers shared by the report subcommands (cli/commands/report*.cpp).
#pragma once

#include "context.hpp"

#include <CLI/CLI.hpp>

#include "render/format.hpp"
#include "render/report_layout.hpp"

#include <initializer_list>
#include <optional>
#include <string>

namespace netadmin::cli {

// Where a report goes: --format and --output, the same on every report.
struct ReportOutput {
    std::string format;
    std::string output;
};
void add_report_output_options(CLI::App& command, ReportOutput& output, std::initializer_list<std::string> formats);
// The format named on the command line; prints a usage error when unknown.
std::optional<render::Format> report_format(const Context& context, const std::string& name);
// Layout options for one report on its own (no site navigation).
render::LayoutOptions single_page(const Context& context);
// Writes the report to --output (atomically) or stdout; a usage error when
// the report has no such format.
int emit_rendered(const Context& context, const std::optional<std::string>& content, const std::string& format,
                  const std::string& output);

// Reads the map outlines from the bundled data (reference/outlines.csv);
// prints why and returns false when it cannot.
bool read_outlines(const Context& context, model::Outlines& outlines);
// For the formats that show a map (html, svg, and markdown written to a
// file): reads the outlines into `outlines` and sets options.map to the map
// of the county (or, with an empty code, of the country). For markdown it
// writes the map beside the output as STEM-map.svg and refers to it. Returns
// an exit code when the outlines cannot be read or the map not written.
std::optional<int> prepare_map(const Context& context, const ReportOutput& output, const std::string& county_code,
                               model::Outlines& outlines, render::LayoutOptions& options);

// Renders with the format chosen and writes the result (see emit_rendered).
template <typename Render>
int emit_report(const Context& context, const ReportOutput& output, Render render) {
    const auto format = report_format(context, output.format);
    if (!format) return exit_code::usage;
    return emit_rendered(context, render(*format), output.format, output.output);
}

}  // namespace netadmin::cli
