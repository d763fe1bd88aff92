// What a coverage map shows, as data: each municipality of the country or of
// one county with its status. A municipality is `full` when it has a family
// centre, `similar` when it has only similar operations, `none` when its
// region lists centres and none of them is in it, and `unknown` when its
// region is not in the registry or lists no centre at all (as in the coverage
// report, no centre recorded is not taken to mean none) or when its only
// centres are of unknown kind. Centres are known by municipality only, so a
// map colours the municipality and never places a centre inside it.
#pragma once

#include "model/registry.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::report {

enum class MapStatus { full, similar, none, unknown };
inline constexpr int kMapStatusCount = 4;

std::string_view map_status_name(MapStatus status);  // "full", "similar", "none", "unknown"

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
};

// The whole country, or one county when `county_code` is given.
CoverageMap build_coverage_map(const model::Registry& registry, std::string_view county_code = "");

}  // namespace netadmin::report
