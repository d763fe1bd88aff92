#include "report_map.hpp"

#include "render/layout_map.hpp"

#include <cstdio>

namespace netadmin::cli {
namespace {

bool wants_map(const std::optional<render::Format>& format, const std::string& output) {
    if (!format) return false;
    if (*format == render::Format::html || *format == render::Format::svg) return true;
    return *format == render::Format::markdown && !output.empty() && output != "-";
}

// "reports/coverage.md" -> "reports/coverage-map.svg": beside the page, never its name.
std::filesystem::path map_file_beside(const std::string& output) {
    const std::filesystem::path path(output);
    return path.parent_path() / (path.stem().string() + "-map.svg");
}

}  // namespace

bool read_outlines(const Context& context, model::Outlines& outlines) {
    load::Diagnostics diagnostics;
    outlines = load::load_outlines(context.data_dir / "reference", diagnostics);
    for (const auto& diagnostic : diagnostics.items())
        std::fprintf(stderr, "%s\n", load::render(diagnostic, context.language).c_str());
    return !diagnostics.has_errors();
}

std::optional<int> prepare_map(const Context& context, const ReportOutput& output, const std::string& county_code,
                               model::Outlines& outlines, render::LayoutOptions& options) {
    const auto format = render::parse_format(output.format);
    if (!wants_map(format, output.output)) return std::nullopt;
    if (!read_outlines(context, outlines)) return exit_code::data_error;
    options.map = {&outlines, report::build_coverage_map(context.registry(), county_code), ""};
    if (*format != render::Format::markdown) return std::nullopt;
    const auto file = map_file_beside(output.output);
    // The map first: the page never refers to a file that is not there yet.
    if (const int code = context.emit(*render::map_svg_page(options), file.string()); code != exit_code::ok)
        return code;
    options.map.file = file.filename().string();
    return std::nullopt;
}

}  // namespace netadmin::cli
