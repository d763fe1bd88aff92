// The reports as JSON for scripts: English keys, ISO 8601 dates, data names
// for kinds; the shape is documented in docs/reports.md and versioned by a
// "schema" number that changes only when a key changes meaning or goes away.
#pragma once

#include "report/coverage_report.hpp"
#include "report/programme_report.hpp"
#include "report/region_report.hpp"
#include "report/table.hpp"

#include <string>

namespace netadmin::render {

inline constexpr int kReportSchema = 2;  // 2: recorded meeting status, sources, no births_per_centre in the region

std::string region_json(const report::RegionView& view, const time::CivilDate& today);
std::string programme_json(const report::ProgrammeView& view, const time::CivilDate& today);
std::string coverage_json(const report::CoverageView& view);
// The coverage rows and the totals as a table, for CSV.
report::Table coverage_table(const report::CoverageView& view);

}  // namespace netadmin::render
