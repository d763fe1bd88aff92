// A horizontal stacked bar chart as inline SVG: one bar per category, one
// colour per series, a legend, and the numbers written beside the bars so
// the chart reads without colour too. Self-contained (no fonts, no script).
#pragma once

#include "render/document.hpp"

#include <string>

namespace netadmin::render {

// `unknown` is the word shown for a category whose values are unknown.
std::string chart_svg(const BarChart& chart, const std::string& id, const std::string& unknown);

}  // namespace netadmin::render
