// A coverage map as SVG: one shape per municipality, coloured by its status
// (report/coverage_map.hpp), with its name and status as a <title> (a
// tooltip in a browser), and a legend with the number of municipalities per
// status. To a screen reader the map is one image with a title and a
// description that gives the same counts. The same bytes serve as a file of its
// own (`report coverage --format svg`) and inline in an HTML page: no
// script, no stylesheet (a <style> inside inline SVG would style the whole
// page), no font or image from elsewhere.
//
// Projection: the outlines are SWEREF 99 TM, the transverse Mercator of
// Lantmäteriet's maps, so the country is not squashed; the map is fitted to
// the box of the municipalities drawn (the country, or one county).
//
// Colours: ColorBrewer's YlGnBu, three classes (dark blue for a family
// centre, blue-green for only similar operations, pale yellow for neither),
// which ColorBrewer marks safe for colour-blind readers and for print; being
// ordered from dark to light it keeps its order in grey-scale. Not known is
// white hatched with grey lines, told apart by its texture, not its colour.
#pragma once

#include "model/outlines.hpp"
#include "report/coverage_map.hpp"

#include <array>
#include <string>

namespace netadmin::render {

struct MapText {
    std::string title;                                          // shown above the map and as its accessible name
    std::string description;                                    // the text alternative
    std::string legend;                                         // the legend's heading: "Municipalities"
    std::array<std::string, report::kMapStatusCount> statuses;  // by MapStatus
};

// The fill of each status, in MapStatus order; "hatch" stands for the pattern.
extern const std::array<const char*, report::kMapStatusCount> kMapFills;

// `id` makes the SVG's own ids unique on a page ("map0"). A municipality
// without an outline is left out of the picture but counted in the legend.
std::string map_svg(const report::CoverageMap& map, const model::Outlines& outlines, const MapText& text,
                    const std::string& id);

}  // namespace netadmin::render
