// The coverage report laid out for people: a stacked bar chart of centres
// per region (HTML only), then the table with national totals. Unknown
// figures show as "–", explained under the table.
#include "i18n/dates.hpp"
#include "labels/numbers.hpp"
#include "render/layout_map.hpp"
#include "render/layout_national.hpp"
#include "render/layout_parts.hpp"

namespace netadmin::render {

using i18n::Msg;
using layout::tr;

namespace {

Line number(const std::optional<int>& value) { return Line{Span{value ? std::to_string(*value) : "–"}}; }

Line count(const LayoutOptions& options, const std::optional<model::Count>& value) {
    return Line{Span{value ? labels::format_count(options.language, *value) : "–"}};
}

std::vector<Line> coverage_row(const LayoutOptions& options, const report::CoverageRow& row, const std::string& name) {
    Line region{Span{name}};
    if (row.in_registry) region[0].href = region_page(options, row.region_id);
    return {region,
            Line{Span{std::to_string(row.municipalities)}},
            number(row.with_full),
            number(row.with_only_similar),
            number(row.with_none),
            number(row.full_centres),
            number(row.similar_centres),
            count(options, row.births_per_year),
            count(options, row.births_per_centre)};
}

BarChart centre_chart(const LayoutOptions& options, const report::CoverageView& view) {
    BarChart chart;
    chart.title = tr(options, Msg::rpt_chart_title);
    chart.description = tr(options, Msg::rpt_chart_description, static_cast<std::int64_t>(view.regions_known));
    chart.unknown_label = tr(options, Msg::rpt_not_known);
    chart.series = {{tr(options, Msg::rpt_full_centres), {}}, {tr(options, Msg::rpt_similar_centres), {}}};
    for (const auto& row : view.rows) {
        chart.categories.push_back(row.name);
        chart.series[0].values.push_back(row.full_centres ? *row.full_centres : -1);
        chart.series[1].values.push_back(row.similar_centres ? *row.similar_centres : -1);
    }
    return chart;
}

BarChart municipality_chart(const LayoutOptions& options, const report::CoverageView& view) {
    BarChart chart;
    chart.title = tr(options, Msg::rpt_chart_municipalities_title);
    chart.description = tr(options, Msg::rpt_chart_municipalities_description);
    chart.unknown_label = tr(options, Msg::rpt_not_known);
    chart.series = {{tr(options, Msg::rpt_col_with_full), {}},
                    {tr(options, Msg::rpt_col_only_similar), {}},
                    {tr(options, Msg::rpt_col_without), {}}};
    for (const auto& row : view.rows) {
        chart.categories.push_back(row.name);
        chart.series[0].values.push_back(row.with_full ? *row.with_full : -1);
        chart.series[1].values.push_back(row.with_only_similar ? *row.with_only_similar : -1);
        chart.series[2].values.push_back(row.with_none ? *row.with_none : -1);
    }
    return chart;
}

}  // namespace

Document coverage_document(const report::CoverageView& view, const LayoutOptions& options) {
    Document document;
    document.language = options.language;
    document.title = tr(options, Msg::rpt_coverage_title);
    document.subtitle = tr(options, Msg::rpt_coverage_subtitle, static_cast<std::int64_t>(view.regions_known),
                           static_cast<std::int64_t>(view.rows.size()));
    layout::add_navigation(document, options);
    add_national_picture(document, options, view);
    add_map(document, options, 2);
    document.heading(2, tr(options, Msg::rpt_chart_title), "centres");
    document.chart(centre_chart(options, view));
    document.heading(2, tr(options, Msg::rpt_chart_municipalities_title), "municipalities");
    document.chart(municipality_chart(options, view));
    document.heading(2, tr(options, Msg::rpt_coverage_table), "table");
    DocTable table;
    table.columns = {{tr(options, Msg::col_region)},
                     {tr(options, Msg::col_municipalities), true},
                     {tr(options, Msg::rpt_col_with_full), true},
                     {tr(options, Msg::rpt_col_only_similar), true},
                     {tr(options, Msg::rpt_col_without), true},
                     {tr(options, Msg::rpt_col_full_centres), true},
                     {tr(options, Msg::rpt_col_similar_centres), true},
                     {tr(options, Msg::rpt_births_per_year), true},
                     {tr(options, Msg::rpt_births_per_centre), true}};
    for (const auto& row : view.rows) table.rows.push_back(coverage_row(options, row, row.name));
    table.rows.push_back(coverage_row(options, view.totals, tr(options, Msg::rpt_national_total)));
    table.last_row_is_total = true;
    document.table(std::move(table));
    document.paragraph(Line{Span{tr(options, Msg::rpt_coverage_note), "", false, true}});
    if (!view.trained.empty()) {
        document.heading(2, tr(options, Msg::rpt_trained_by_municipality), "trained");
        DocTable trained;
        trained.columns = {{tr(options, Msg::col_municipality)},
                           {tr(options, Msg::col_programme)},
                           {tr(options, Msg::rpt_col_registered), true},
                           {tr(options, Msg::rpt_col_trained), true}};
        for (const auto& row : view.trained) {
            trained.rows.push_back({Line{Span{row.municipality}}, Line{Span{row.programme}},
                                    Line{Span{std::to_string(row.registered)}},
                                    Line{Span{std::to_string(row.trained)}}});
        }
        document.table(std::move(trained));
    }
    layout::add_sources(document, options, view.sources);
    layout::add_footer(document, options, options.as_of);
    return document;
}

}  // namespace netadmin::render
