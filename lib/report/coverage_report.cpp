// Builds the coverage report (report/coverage_report.hpp) from the registry.
#include "report/coverage_report.hpp"

#include <set>
#include <unordered_map>

namespace netadmin::report {
namespace {

const model::Region* region_of_county(const model::Registry& registry, const std::string& county_code) {
    for (const auto& region : registry.regions) {
        if (region.county_code == county_code) return &region;
    }
    return nullptr;
}

void count_region(const model::Registry& registry, const model::Region& region, CoverageRow& row) {
    int full = 0;
    int similar = 0;
    int unknown = 0;
    std::set<std::string> with_full;
    std::set<std::string> with_similar;
    for (const auto& centre : registry.centres) {
        if (centre.region != region.id) continue;
        if (!centre.kind) {
            ++unknown;
        } else if (*centre.kind == model::CentreKind::full) {
            ++full;
            with_full.insert(centre.municipality_code);
        } else {
            ++similar;
            with_similar.insert(centre.municipality_code);
        }
    }
    row.in_registry = true;
    row.listed = full + similar + unknown;
    row.region_id = region.id;
    row.name = region.name;
    row.births_per_year = region.births_per_year;
    if (full + similar + unknown == 0) return;
    int only_similar = 0;
    for (const auto& code : with_similar) only_similar += with_full.count(code) == 0 ? 1 : 0;
    row.known = true;
    row.full_centres = full;
    row.similar_centres = similar;
    row.unknown_kind_centres = unknown;
    row.with_full = static_cast<int>(with_full.size());
    row.with_only_similar = only_similar;
    row.with_none = row.municipalities - *row.with_full - only_similar;
    row.births_per_centre = births_per_centre(region.births_per_year, full + similar);
}

void add(std::optional<int>& total, const std::optional<int>& value) {
    if (value) total = total.value_or(0) + *value;
}

void add_to_totals(const CoverageRow& row, CoverageRow& totals) {
    totals.municipalities += row.municipalities;
    totals.listed += row.listed;
    if (!row.known) return;
    add(totals.with_full, row.with_full);
    add(totals.with_only_similar, row.with_only_similar);
    add(totals.with_none, row.with_none);
    add(totals.full_centres, row.full_centres);
    add(totals.similar_centres, row.similar_centres);
    add(totals.unknown_kind_centres, row.unknown_kind_centres);
}

// The figures of a region's row come from the region and its centres.
void cite_region(const model::Registry& registry, const model::Region& region, SourceCollector& sources) {
    sources.cite(region.provenance);
    for (const auto& centre : registry.centres) {
        if (centre.region == region.id) sources.cite(centre.provenance);
    }
}

}  // namespace

std::optional<model::Count> births_per_centre(const std::optional<model::Count>& births, int centres) {
    if (!births || centres <= 0) return std::nullopt;
    model::Count count{(births->value + centres / 2) / centres, births->approx};
    if (count.approx == model::Approx::exact && births->value % centres != 0) count.approx = model::Approx::about;
    return count;
}

bool is_gap(const CoverageRow& row) {
    return !row.counted.empty() && row.counted.front().operations.value > row.listed;
}

void keep_gaps(CoverageView& view) {
    std::erase_if(view.rows, [](const CoverageRow& row) { return !is_gap(row); });
    view.gaps_only = true;
}

CoverageView build_coverage_view(const model::Registry& registry) {
    CoverageView view;
    SourceCollector sources(registry);
    view.totals.known = true;
    view.totals.in_registry = true;
    const auto national = model::country_counts(registry);
    for (const auto* count : national) sources.cite(count->provenance);
    view.national = count_parts(registry, national);
    for (const auto& county : registry.reference.counties()) {
        CoverageRow row;
        row.county_code = county.code;
        row.name = county.region_name;
        row.municipalities = static_cast<int>(registry.reference.municipalities_in(county.code).size());
        if (const auto* region = region_of_county(registry, county.code)) {
            count_region(registry, *region, row);
            cite_region(registry, *region, sources);
            view.regions_known += row.known ? 1 : 0;
        }
        const auto counts = model::county_counts(registry, county.code);
        for (const auto* count : counts) sources.cite(count->provenance);
        row.counted = count_parts(registry, counts);
        add_to_totals(row, view.totals);
        view.rows.push_back(std::move(row));
    }
    view.sources = sources.take();
    view.as_of = registry_as_of(registry);
    return view;
}

}  // namespace netadmin::report
