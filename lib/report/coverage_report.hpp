// The coverage report as data: one row per county of the reference data (all
// 21, so the national picture has no holes), with the registry's region for
// it where there is one. A county without a registry region, or whose region
// lists no centres at all, has its municipality count from the reference and
// the centre figures unknown (nullopt), never a made-up zero: a region with
// no centre recorded has far more likely not been recorded yet than have
// none. The totals add up what is known and say how many regions that covers.
// Before the registry's own record come the counts its sources state, for
// the country and per county (model/place_counts.hpp); the sources of
// those counts are cited with the rest.
#pragma once

#include "model/registry.hpp"
#include "report/count_parts.hpp"
#include "report/parts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::report {

struct CoverageRow {
    std::string county_code;
    std::string region_id;  // empty when the registry has no region for the county
    std::string name;       // the region's name, else the county's region name
    int municipalities = 0;
    bool in_registry = false;  // the registry has the region (region_id is set)
    bool known = false;        // ... and lists its centres: the centre figures below are set
    std::optional<int> with_full;
    std::optional<int> with_only_similar;
    std::optional<int> with_none;
    std::optional<int> full_centres;
    std::optional<int> similar_centres;
    std::optional<int> unknown_kind_centres;
    std::optional<model::Count> births_per_year;
    std::optional<model::Count> births_per_centre;  // births / (full + similar), rounded
    int listed = 0;                                 // centres the registry lists by name in the region
    std::vector<CountPart> counted;                 // what the sources count in the region, newest first
};

// Staff recorded as trained in a programme, per municipality: from the state
// database (people/progress.hpp), added by the command when participants
// are recorded; empty otherwise, and the report is as without them.
struct TrainedRow {
    std::string municipality;  // as recorded ("" when unknown)
    std::string programme_id;
    std::string programme;  // its name
    std::size_t registered = 0;
    std::size_t trained = 0;
};

struct CoverageView {
    std::vector<CountPart> national;  // what the sources count in Sweden, newest first
    std::vector<CoverageRow> rows;    // by county code
    CoverageRow totals;               // name empty; sums over the known rows
    int regions_known = 0;
    std::vector<SourcePart> sources;       // of the regions and centres counted
    std::optional<time::FuzzyDate> as_of;  // see report::registry_as_of
    std::vector<TrainedRow> trained;       // by municipality, then programme (Swedish order)
    bool gaps_only = false;                // rows are the gaps only (keep_gaps)
};

CoverageView build_coverage_view(const model::Registry& registry);

// A gap: the newest count of the sources for the region is more than the
// registry lists there by name.
bool is_gap(const CoverageRow& row);
// Keeps the rows that are gaps (`report coverage --gaps`): the list a
// national coordinator works from.
void keep_gaps(CoverageView& view);

// Births per centre, as approximate as the births (an exact figure that does
// not divide evenly becomes "about"); nullopt without births or centres.
std::optional<model::Count> births_per_centre(const std::optional<model::Count>& births, int centres);

}  // namespace netadmin::report
