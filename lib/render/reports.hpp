// One entry point per report: a view and a format in, the bytes out. Each
// report declares its formats: a document's (formats_of(ViewKind::document)),
// and where it has them its map alone (`svg`, from options.map) and its
// table (`csv`). The command line offers only these. nullopt: `svg` without
// outlines, or a format outside them. One switch over the formats per
// report, nothing else.
#pragma once

#include "render/format.hpp"
#include "render/report_layout.hpp"

#include <optional>
#include <span>
#include <string>

namespace netadmin::render {

std::span<const Format> region_formats();     // text, markdown, html, json, svg
std::span<const Format> programme_formats();  // text, markdown, html, json
std::span<const Format> coverage_formats();   // text, markdown, html, json, csv, svg

std::optional<std::string> render_region(const report::RegionView& view, Format format, const LayoutOptions& options);
std::optional<std::string> render_programme(const report::ProgrammeView& view, Format format,
                                            const LayoutOptions& options);
std::optional<std::string> render_coverage(const report::CoverageView& view, Format format,
                                           const LayoutOptions& options);

}  // namespace netadmin::render
