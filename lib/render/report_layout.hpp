// Report views laid out as documents for people (render/document.hpp), in
// one language. The same document becomes text, markdown or HTML. Pages of
// a set (a site) link to each other as `links` says; a single
// report has no navigation and no links between pages.
#pragma once

#include "i18n/language.hpp"
#include "model/outlines.hpp"
#include "render/document.hpp"
#include "report/coverage_map.hpp"
#include "report/coverage_report.hpp"
#include "report/programme_report.hpp"
#include "report/region_report.hpp"
#include "time/civil_date.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::render {

struct PageLink {
    std::string file;   // "region-norrbotten.html"
    std::string title;  // link text
};

// How a page links to the other pages of its set. Empty for a single report.
struct PageLinks {
    std::vector<PageLink> navigation;  // the main pages, in order
    std::string current_file;          // this page, marked in the navigation
    // The file of a region's or a programme's page; empty (or no function)
    // when it has none.
    std::function<std::string(const std::string& id)> region_page;
    std::function<std::string(const std::string& id)> programme_page;
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
    PageLinks links;
    // The date the registry's facts hold (report::registry_as_of), for the
    // pages about the whole registry; region and programme reports use
    // their own sources' date.
    std::optional<time::FuzzyDate> as_of;
    MapInput map;
    // Pages meant for publishing (the site): a person's e-mail address and
    // phone only where their entry says `publish_contact = true`.
    bool published = false;
};

Document region_document(const report::RegionView& view, const LayoutOptions& options);
Document programme_document(const report::ProgrammeView& view, const LayoutOptions& options);
Document coverage_document(const report::CoverageView& view, const LayoutOptions& options);

// The page of a region or a programme that `options` links to; empty when
// there is none.
std::string region_page(const LayoutOptions& options, const std::string& id);
std::string programme_page(const LayoutOptions& options, const std::string& id);

}  // namespace netadmin::render
