// Building and writing the static site (site/site.hpp).
#include "site/site.hpp"

#include "i18n/catalog.hpp"
#include "query/queries.hpp"
#include "render/doc_html.hpp"
#include "render/format.hpp"
#include "render/reports.hpp"
#include "site/index_page.hpp"
#include "util/atomic_file.hpp"
#include "util/collate.hpp"
#include "util/os_error.hpp"

#include <algorithm>
#include <system_error>

namespace netadmin::site {
namespace {

std::vector<const model::Programme*> sorted_programmes(const model::Registry& registry) {
    std::vector<const model::Programme*> programmes;
    for (const auto& programme : registry.programmes) programmes.push_back(&programme);
    std::sort(programmes.begin(), programmes.end(), [](const auto* a, const auto* b) {
        const int order = util::compare_swedish(a->name, b->name);
        return order != 0 ? order < 0 : a->id < b->id;
    });
    return programmes;
}

std::vector<render::PageLink> navigation(const model::Registry& registry, i18n::Language language) {
    std::vector<render::PageLink> pages{{"index.html", std::string(i18n::text(language, i18n::Msg::rpt_nav_home))}};
    for (const auto* region : query::regions(registry)) {
        const auto file = region_file(region->id);
        if (!file.empty()) pages.push_back({file, region->name});
    }
    pages.push_back({"coverage.html", std::string(i18n::text(language, i18n::Msg::rpt_nav_coverage))});
    return pages;
}

render::MapInput map_input(const model::Registry& registry, const model::Outlines* outlines,
                           const std::string& county_code) {
    if (outlines == nullptr) return {};
    return {outlines, report::build_coverage_map(registry, county_code), ""};
}

}  // namespace

bool is_safe_slug(const std::string& id) {
    if (id.empty() || id.front() == '-' || id.size() > 100) return false;
    for (const char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
}

std::string region_file(const std::string& id) { return is_safe_slug(id) ? "region-" + id + ".html" : ""; }
std::string programme_file(const std::string& id) { return is_safe_slug(id) ? "programme-" + id + ".html" : ""; }

bool is_plain_file_name(const std::string& name) {
    // No separator, no NUL, not "." or "..": the name of an entry in the directory itself.
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\0') == std::string::npos;
}

SiteResult build_site(const model::Registry& registry, i18n::Language language, const time::CivilDate& today,
                      const std::vector<ExtraFile>& extra, const model::Outlines* outlines) {
    SiteResult result;
    render::LayoutOptions options;
    options.language = language;
    options.today = today;
    options.links = {navigation(registry, language), "", region_file, programme_file};
    options.as_of = report::registry_as_of(registry);
    options.published = true;
    SiteIndex index;
    for (const auto* region : query::regions(registry)) {
        const auto file = region_file(region->id);
        if (file.empty()) {
            result.skipped_ids.push_back(region->id);
            continue;
        }
        const auto view = report::build_region_view(registry, *region, today);
        options.links.current_file = file;
        options.map = map_input(registry, outlines, region->county_code);
        result.files.push_back({file, *render::render_region(view, render::Format::html, options)});
        index.regions.push_back(
            {region->id, region->name, view.full_centres, view.similar_centres, static_cast<int>(view.centres.size())});
    }
    options.map = {};
    for (const auto* programme : sorted_programmes(registry)) {
        const auto file = programme_file(programme->id);
        if (file.empty()) {
            result.skipped_ids.push_back(programme->id);
            continue;
        }
        const auto view = report::build_programme_view(registry, *programme, today);
        options.links.current_file = file;
        result.files.push_back({file, *render::render_programme(view, render::Format::html, options)});
        index.programmes.push_back(
            {programme->id, programme->name, view.region_name, programme->provenance.is_inferred("region")});
    }
    options.links.current_file = "coverage.html";
    options.map = map_input(registry, outlines, "");
    index.coverage = report::build_coverage_view(registry);
    result.files.push_back({"coverage.html", *render::render_coverage(index.coverage, render::Format::html, options)});
    report::SourceCollector sources(registry);
    for (const auto& source : registry.sources) sources.cite(model::Provenance{{source.id}, {}, {}});
    index.sources = sources.take();
    for (const auto& file : extra) {
        index.extra.push_back({file.file.name, file.title});
        result.files.push_back(file.file);
    }
    options.map = {};
    options.links.current_file = "index.html";
    result.files.insert(result.files.begin(), {"index.html", render::to_html(index_document(index, options))});
    return result;
}

catalog::Status write_site(const std::filesystem::path& directory, const std::vector<SiteFile>& files) {
    // Names come from build_site and are plain; refuse anything that could
    // leave the directory before writing anything, so a bad name never leaves
    // half a site behind.
    for (const auto& file : files) {
        if (!is_plain_file_name(file.name)) return catalog::Problem(catalog::Msg::err_not_plain_file_name, file.name);
    }
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) return catalog::Problem(catalog::Msg::err_cannot_create_dir, directory.string(), util::os_error(error));
    for (const auto& file : files) {
        if (auto written = util::write_file_atomically(directory / file.name, file.content); !written) return written;
    }
    return {};
}

}  // namespace netadmin::site
