// What a coverage map shows, as data: each municipality of the country or of
// one county with its status. A municipality is `full` when it has a family
// centre, `similar` when it has only similar operations, `none` when its
// region lists centres and none of them is in it, and `unknown` when its
// region is not in the registry or lists no centre at all (as in the coverage
// report, no centre recorded is not taken to mean none) or when its only
// centres are of unknown kind. Centres are known by municipality only, so a
// map colours the municipality and never places a centre inside it.
//
// Where the registry lists no centres for a municipality's region, the
// counts of the sources (model/place_counts.hpp) speak: the newest count of
// the municipality, else of its county, makes it `stated_none` (the sources
// count none, as of their date) or `counted` (they give a number, the
// registry lists no centres); without a count it stays `unknown`.
#pragma once

#include "model/registry.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::report {

enum class MapStatus { full, similar, none, unknown, stated_none, counted };
inline constexpr int kMapStatusCount = 6;

// "full", "similar", "none", "unknown", "stated-none", "counted"
std::string_view map_status_name(MapStatus status);

struct MapArea {
    std::string code;  // SCB municipality code
    std::string name;
    MapStatus status = MapStatus::unknown;
};

struct CoverageMap {
    std::string county_code;                    // empty for the whole country
    std::string county_name;                    // "Norrbottens län"; empty for the whole country
    std::vector<MapArea> areas;                 // in the reference data's order (by code)
    std::array<int, kMapStatusCount> counts{};  // municipalities per status
    std::optional<time::FuzzyDate> none_as_of;  // the newest date of the sources' stated nones
};

// Whether a legend shows a status: the first four always, the statuses of
// the sources' counts only where a municipality has them.
bool map_status_shown(const CoverageMap& map, MapStatus status);

// The whole country, or one county when `county_code` is given.
CoverageMap build_coverage_map(const model::Registry& registry, std::string_view county_code = "");

}  // namespace netadmin::report
