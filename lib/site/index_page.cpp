// The index page of a site: the regions with their centre counts, the
// programmes, the coverage page and any extra files (the calendar).
#include "site/index_page.hpp"

#include "site/site.hpp"

#include "render/concat.hpp"
#include "render/layout_national.hpp"
#include "render/layout_parts.hpp"

namespace netadmin::site {

using i18n::Msg;
using render::Document;
using render::Line;
using render::Span;
using render::layout::tr;
namespace layout = render::layout;

Document index_document(const SiteIndex& index, const render::LayoutOptions& options) {
    Document document;
    document.language = options.language;
    document.title = tr(options, Msg::rpt_site_title);
    document.subtitle = tr(options, Msg::rpt_site_subtitle);
    layout::add_navigation(document, options);
    document.heading(2, tr(options, Msg::rpt_regions), "regions");
    std::vector<Line> regions;
    for (const auto& region : index.regions) {
        Line line{Span{region.name, region_file(region.id), true}};
        // A region without any centre recorded says so rather than "0 family centres".
        const auto counts = region.centres == 0
                                ? tr(options, Msg::rpt_no_centres_recorded)
                                : tr(options, Msg::rpt_region_line, static_cast<std::int64_t>(region.full),
                                     static_cast<std::int64_t>(region.similar));
        line.push_back(Span{render::cat({" – ", counts})});
        regions.push_back(std::move(line));
    }
    document.list(std::move(regions));
    if (!index.programmes.empty()) {
        document.heading(2, tr(options, Msg::rpt_programmes), "programmes");
        std::vector<Line> programmes;
        for (const auto& programme : index.programmes) {
            Line line{Span{programme.name, programme_file(programme.id), true}};
            if (!programme.region_name.empty()) {
                const auto region = programme.region_inferred ? tr(options, Msg::rpt_probably, programme.region_name)
                                                              : programme.region_name;
                line.push_back(Span{" – " + region});
            }
            programmes.push_back(std::move(line));
        }
        document.list(std::move(programmes));
    }
    document.heading(2, tr(options, Msg::rpt_nav_coverage), "coverage");
    document.paragraph(Line{Span{tr(options, Msg::rpt_coverage_link), "coverage.html"}});
    render::add_national_picture(document, options, index.coverage);
    if (!index.extra.empty()) {
        document.heading(2, tr(options, Msg::rpt_calendar), "calendar");
        std::vector<Line> extra;
        for (const auto& page : index.extra) extra.push_back(Line{Span{page.title, page.file}});
        document.list(std::move(extra));
    }
    layout::add_sources(document, options, index.sources);
    layout::add_footer(document, options, options.as_of);
    return document;
}

}  // namespace netadmin::site
