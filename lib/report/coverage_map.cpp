// Builds a coverage map's statuses (report/coverage_map.hpp).
#include "report/coverage_map.hpp"

#include "model/place_counts.hpp"

#include <set>
#include <unordered_map>

namespace netadmin::report {
namespace {

struct Found {
    bool full = false;
    bool similar = false;
    bool unknown_kind = false;
};

// The counties whose region lists at least one centre: the same rule as the
// coverage report's `known`, one region per county (the first).
std::set<std::string> known_counties(const model::Registry& registry) {
    std::set<std::string> regions_with_centres;
    for (const auto& centre : registry.centres) regions_with_centres.insert(centre.region);
    std::set<std::string> counties;
    std::set<std::string> seen;
    for (const auto& region : registry.regions) {
        if (!seen.insert(region.county_code).second) continue;
        if (regions_with_centres.count(region.id) != 0) counties.insert(region.county_code);
    }
    return counties;
}

MapStatus status_of(const Found* found, bool county_known) {
    if (!county_known) return MapStatus::unknown;
    if (found == nullptr) return MapStatus::none;
    if (found->full) return MapStatus::full;
    if (found->similar) return MapStatus::similar;
    return MapStatus::unknown;  // only centres of unknown kind
}

// A municipality the registry knows nothing of: what the sources count for
// it, else for its county.
MapStatus counted_status(const model::Registry& registry, const model::Municipality& municipality, CoverageMap& map) {
    auto counts = model::municipality_counts(registry, municipality.code);
    if (counts.empty()) counts = model::county_counts(registry, municipality.county_code);
    switch (model::place_state(counts)) {
        case model::PlaceState::not_known: return MapStatus::unknown;
        case model::PlaceState::counted: return MapStatus::counted;
        case model::PlaceState::none: break;
    }
    const auto& as_of = counts.front()->as_of;
    if (as_of && (!map.none_as_of || map.none_as_of->last_day() < as_of->last_day())) map.none_as_of = as_of;
    return MapStatus::stated_none;
}

}  // namespace

bool map_status_shown(const CoverageMap& map, MapStatus status) {
    return status < MapStatus::stated_none || map.counts[static_cast<std::size_t>(status)] > 0;
}

std::string_view map_status_name(MapStatus status) {
    switch (status) {
        case MapStatus::full: return "full";
        case MapStatus::similar: return "similar";
        case MapStatus::none: return "none";
        case MapStatus::unknown: return "unknown";
        case MapStatus::stated_none: return "stated-none";
        case MapStatus::counted: return "counted";
    }
    return "unknown";
}

CoverageMap build_coverage_map(const model::Registry& registry, std::string_view county_code) {
    std::unordered_map<std::string, Found> found;
    for (const auto& centre : registry.centres) {
        if (centre.municipality_code.empty()) continue;
        auto& entry = found[centre.municipality_code];
        if (!centre.kind)
            entry.unknown_kind = true;
        else if (*centre.kind == model::CentreKind::full)
            entry.full = true;
        else
            entry.similar = true;
    }
    const auto known = known_counties(registry);
    CoverageMap map;
    map.county_code = std::string(county_code);
    if (const auto* county = registry.reference.county(county_code)) map.county_name = county->name;
    for (const auto& municipality : registry.reference.municipalities()) {
        if (!county_code.empty() && municipality.county_code != county_code) continue;
        const auto it = found.find(municipality.code);
        const bool county_known = known.count(municipality.county_code) != 0;
        auto status = status_of(it == found.end() ? nullptr : &it->second, county_known);
        if (!county_known && it == found.end()) status = counted_status(registry, municipality, map);
        map.areas.push_back({municipality.code, municipality.name, status});
        ++map.counts[static_cast<std::size_t>(status)];
    }
    return map;
}

}  // namespace netadmin::report
