// The coverage map of `report coverage` and `report region`: the outlines
// are read only for the formats that show a map, so text, JSON and CSV cost
// no more than without it.
#pragma once

#include "context.hpp"
#include "report_output.hpp"

#include "model/outlines.hpp"
#include "render/report_layout.hpp"

#include <optional>
#include <string>

namespace netadmin::cli {

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

}  // namespace netadmin::cli
