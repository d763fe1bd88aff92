// One entry point per report: a view and a format in, the bytes out, or
// nullopt when the report has no such format (the caller says so; there is
// no fallback). One switch over the formats per report, nothing else.
// `svg` is the report's map alone (options.map), nullopt without outlines.
#pragma once

#include "render/format.hpp"
#include "render/report_layout.hpp"

#include <optional>
#include <string>

namespace netadmin::render {

std::optional<std::string> render_region(const report::RegionView& view, Format format, const LayoutOptions& options);
std::optional<std::string> render_programme(const report::ProgrammeView& view, Format format,
                                            const LayoutOptions& options);
std::optional<std::string> render_coverage(const report::CoverageView& view, Format format,
                                           const LayoutOptions& options);

}  // namespace netadmin::render
