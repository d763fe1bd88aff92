// The national picture that opens the coverage report: what the sources
// count in Sweden (the newest count, then the earlier ones), and per region
// what the sources count against what the registry lists by name.
#include "render/layout_national.hpp"

#include "i18n/dates.hpp"
#include "labels/numbers.hpp"
#include "render/layout_parts.hpp"

namespace netadmin::render {

using i18n::Msg;
using layout::tr;

namespace {

std::string when(const LayoutOptions& options, const report::CountPart& count) {
    return count.as_of ? i18n::format_fuzzy_date(options.language, *count.as_of) : tr(options, Msg::rpt_not_known);
}

// "39", or "inga" for a stated none.
std::string how_many(const LayoutOptions& options, const report::CountPart& count) {
    if (count.operations.value == 0) return tr(options, Msg::rpt_count_none);
    return labels::format_count(options.language, count.operations);
}

std::string listed(const LayoutOptions& options, int listed) {
    return listed == 0 ? tr(options, Msg::rpt_listed_none) : tr(options, Msg::rpt_listed, std::int64_t{listed});
}

std::vector<Line> national_lines(const report::CoverageView& view, const LayoutOptions& options) {
    std::vector<Line> lines;
    const auto& newest = view.national.front();
    lines.push_back(Line{
        Span{tr(options, Msg::rpt_national_count, how_many(options, newest), when(options, newest), newest.source)}});
    if (newest.municipalities) {
        lines.push_back(Line{Span{tr(options, Msg::rpt_national_municipalities,
                                     labels::format_count(options.language, *newest.municipalities))}});
    }
    if (newest.regions) {
        lines.push_back(
            Line{Span{tr(options, Msg::rpt_national_regions, labels::format_count(options.language, *newest.regions),
                         static_cast<std::int64_t>(view.rows.size()))}});
    }
    for (std::size_t i = 1; i < view.national.size(); ++i) {
        const auto& earlier = view.national[i];
        lines.push_back(Line{Span{tr(options, Msg::rpt_national_earlier, how_many(options, earlier),
                                     when(options, earlier), earlier.source)}});
    }
    return lines;
}

Line region_line(const LayoutOptions& options, const report::CoverageRow& row) {
    if (row.counted.empty()) {
        return Line{Span{tr(options, Msg::rpt_region_uncounted, row.name, listed(options, row.listed))}};
    }
    const auto& newest = row.counted.front();
    auto text = tr(options, Msg::rpt_region_counted, row.name, how_many(options, newest), newest.source,
                   when(options, newest), listed(options, row.listed));
    for (std::size_t i = 1; i < row.counted.size(); ++i) {
        const auto& earlier = row.counted[i];
        text += " " + tr(options, Msg::rpt_region_earlier, how_many(options, earlier), earlier.source,
                         when(options, earlier));
    }
    return Line{Span{text}};
}

}  // namespace

Document gaps_document(const report::CoverageView& view, const LayoutOptions& options) {
    Document document;
    document.language = options.language;
    document.title = tr(options, Msg::rpt_gaps_title);
    document.subtitle = tr(options, Msg::rpt_gaps_subtitle);
    layout::add_navigation(document, options);
    std::vector<Line> regions;
    for (const auto& row : view.rows) regions.push_back(region_line(options, row));
    if (regions.empty()) {
        document.paragraph(tr(options, Msg::rpt_gaps_none));
    } else {
        document.list(std::move(regions));
    }
    layout::add_sources(document, options, view.sources);
    layout::add_footer(document, options, options.as_of);
    return document;
}

void add_national_picture(Document& document, const LayoutOptions& options, const report::CoverageView& view) {
    document.heading(2, tr(options, Msg::rpt_national_title), "national");
    if (!view.national.empty()) document.list(national_lines(view, options));
    document.paragraph(tr(options, Msg::rpt_registry_lists, std::int64_t{view.totals.listed}));
    std::vector<Line> regions;
    for (const auto& row : view.rows) {
        if (!row.counted.empty() || row.listed > 0) regions.push_back(region_line(options, row));
    }
    if (!regions.empty()) document.list(std::move(regions));
}

}  // namespace netadmin::render
