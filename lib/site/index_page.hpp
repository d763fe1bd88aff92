// The index page of a site: what it lists (filled in by site.cpp) and its
// document, laid out with the parts the reports use.
#pragma once

#include "render/report_layout.hpp"

#include <string>
#include <vector>

namespace netadmin::site {

struct SiteIndex {
    struct Region {
        std::string id;
        std::string name;
        int full = 0;
        int similar = 0;
        int centres = 0;  // of any kind, including unknown
    };
    struct Programme {
        std::string id;
        std::string name;
        std::string region_name;
        bool region_inferred = false;  // shown as "probably …"
    };
    std::vector<Region> regions;
    std::vector<Programme> programmes;
    std::vector<render::PageLink> extra;      // other files of the site, e.g. the calendar
    std::vector<report::SourcePart> sources;  // every source of the registry
    report::CoverageView coverage;            // its national picture opens the coverage section
};

render::Document index_document(const SiteIndex& index, const render::LayoutOptions& options);

}  // namespace netadmin::site
