// The coverage map on a page (options.map, see render/report_layout.hpp):
// its words in the page's language, the section that shows it, and the SVG
// on its own for `--format svg`. Internal to render/.
#pragma once

#include "render/document.hpp"
#include "render/report_layout.hpp"

#include <optional>
#include <string>

namespace netadmin::render {

MapText map_text(const report::CoverageMap& map, i18n::Language language);
// A heading of `level` ("Map") and the map under it; nothing without outlines.
void add_map(Document& document, const LayoutOptions& options, int level);
// The map as an SVG file; nullopt without outlines.
std::optional<std::string> map_svg_page(const LayoutOptions& options);

}  // namespace netadmin::render
