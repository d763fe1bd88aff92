// Report views laid out as documents for people (render/document.hpp), in
// one language. The same document becomes text, markdown or HTML. In a site
// (`site` set) pages link to each other by file name; a single report has
// no navigation and no links between pages.
#pragma once

#include "i18n/language.hpp"
#include "model/outlines.hpp"
#include "render/document.hpp"
#include "report/coverage_map.hpp"
#include "report/coverage_report.hpp"
#include "report/programme_report.hpp"
#include "report/region_report.hpp"
#include "time/civil_date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::render {

struct SitePage {
    std::string file;   // "region-norrbotten.html"
    std::string title;  // link text
};

// The coverage map a page shows: the nation's on the coverage page, the
// county's on a region page. None when `outlines` is null: only the callers
// that draw a map read the outlines file.
struct MapInput {
    const model::Outlines* outlines = nullptr;
    report::CoverageMap map;
    std::string file;  // markdown: the map's SVG file, written beside the page
};

struct LayoutOptions {
    i18n::Language language = i18n::Language::sv;
    time::CivilDate today;
    bool site = false;
    std::vector<SitePage> navigation;  // the site's main pages, in order
    std::string current_file;          // this page, marked in the navigation
    // The date the registry's facts hold (report::registry_as_of), for the
    // pages about the whole registry; region and programme reports use
    // their own sources' date.
    std::optional<time::FuzzyDate> as_of;
    MapInput map;
};

Document region_document(const report::RegionView& view, const LayoutOptions& options);
Document programme_document(const report::ProgrammeView& view, const LayoutOptions& options);
Document coverage_document(const report::CoverageView& view, const LayoutOptions& options);

// Site file names: "region-ID.html", "programme-ID.html". The id must be a
// safe slug ([a-z0-9-], not empty, no leading '-'); empty otherwise.
std::string region_file(const std::string& id);
std::string programme_file(const std::string& id);
bool is_safe_slug(const std::string& id);

}  // namespace netadmin::render
