// The static site: index.html, one page per region (region-ID.html) and per
// programme (programme-ID.html), and coverage.html, linked by a shared
// navigation bar. Built in memory first (build_site, deterministic: the same
// registry and today give the same bytes), then written file by file, each
// atomically (write_site).
#pragma once

#include "catalog/problem.hpp"
#include "i18n/language.hpp"
#include "model/outlines.hpp"
#include "model/registry.hpp"
#include "time/civil_date.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::site {

struct SiteFile {
    std::string name;  // a plain file name, never a path
    std::string content;
};

// Files made elsewhere that the site should carry and the index should link
// to: `report site` passes the registry's calendar, {"calendar.ics", ics, title}.
struct ExtraFile {
    SiteFile file;
    std::string title;
};

struct SiteResult {
    std::vector<SiteFile> files;
    std::vector<std::string> skipped_ids;  // ids that are not safe file names
};

// With `outlines`, the coverage page shows the national map and each region
// page its county's map.
SiteResult build_site(const model::Registry& registry, i18n::Language language, const time::CivilDate& today,
                      const std::vector<ExtraFile>& extra = {}, const model::Outlines* outlines = nullptr);

// True for a name that stays inside a directory: no '/', no NUL, not "." or "..".
bool is_plain_file_name(const std::string& name);

// The site's file names: "region-ID.html", "programme-ID.html". The id must
// be a safe slug ([a-z0-9-], not empty, no leading '-'); empty otherwise.
std::string region_file(const std::string& id);
std::string programme_file(const std::string& id);
bool is_safe_slug(const std::string& id);

// Creates `directory` if needed and writes each file in it atomically.
// A name that is not plain is refused before anything is written.
catalog::Status write_site(const std::filesystem::path& directory, const std::vector<SiteFile>& files);

}  // namespace netadmin::site
