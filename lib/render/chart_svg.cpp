// Inline SVG bar chart (render/chart_svg.hpp). Sizes are in viewBox units;
// the SVG scales to the width of the page.
#include "render/chart_svg.hpp"

#include "render/html_escape.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace netadmin::render {
namespace {

constexpr int kWidth = 720;
constexpr int kLabelWidth = 230;
constexpr int kRowHeight = 26;
constexpr int kTop = 44;
constexpr int kBarArea = kWidth - kLabelWidth - 60;
constexpr const char* kColours[] = {"#1f6f5c", "#7fb8a4", "#c5ccc9", "#8c6bb1"};

double category_total(const BarChart& chart, std::size_t category, bool& known) {
    double total = 0;
    known = false;
    for (const auto& series : chart.series) {
        if (category < series.values.size() && series.values[category] >= 0) {
            total += series.values[category];
            known = true;
        }
    }
    return total;
}

std::string legend(const BarChart& chart) {
    std::string out;
    int x = kLabelWidth;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        out += fmt::format(R"(<rect x="{}" y="12" width="14" height="14" fill="{}"/>)", x, kColours[s % 4]);
        out +=
            fmt::format(R"(<text x="{}" y="24" class="legend">{}</text>)", x + 20, html_escape(chart.series[s].label));
        x += 40 + static_cast<int>(chart.series[s].label.size()) * 8;
    }
    return out;
}

std::string bar_row(const BarChart& chart, std::size_t c, double scale, const std::string& unknown) {
    const int y = kTop + static_cast<int>(c) * kRowHeight;
    std::string out = fmt::format(R"(<text x="{}" y="{}" class="label" text-anchor="end">{}</text>)", kLabelWidth - 10,
                                  y + 17, html_escape(chart.categories[c]));
    bool known = false;
    const double total = category_total(chart, c, known);
    double x = kLabelWidth;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const double value = c < chart.series[s].values.size() ? chart.series[s].values[c] : -1;
        if (value <= 0) continue;
        const double width = value * scale;
        out +=
            fmt::format(R"(<rect x="{:.1f}" y="{}" width="{:.1f}" height="18" fill="{}"><title>{}: {}</title></rect>)",
                        x, y + 4, width, kColours[s % 4], html_escape(chart.series[s].label), value);
        x += width;
    }
    const auto figure = known ? fmt::format("{}", total) : html_escape(unknown);
    out += fmt::format(R"(<text x="{:.1f}" y="{}" class="{}">{}</text>)", x + 6, y + 17, known ? "value" : "unknown",
                       figure);
    return out;
}

}  // namespace

std::string chart_svg(const BarChart& chart, const std::string& id, const std::string& unknown) {
    double largest = 1;
    for (std::size_t c = 0; c < chart.categories.size(); ++c) {
        bool known = false;
        largest = std::max(largest, category_total(chart, c, known));
    }
    const double scale = kBarArea / largest;
    const int height = kTop + static_cast<int>(chart.categories.size()) * kRowHeight + 10;
    std::string out = fmt::format(
        R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc" class="chart">)",
        kWidth, height, id, id);
    out += fmt::format(R"(<title id="{}-title">{}</title>)", id, html_escape(chart.title));
    out += fmt::format(R"(<desc id="{}-desc">{}</desc>)", id, html_escape(chart.description));
    out += legend(chart);
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" class="axis"/>)", kLabelWidth, kTop, kLabelWidth,
                       height - 6);
    for (std::size_t c = 0; c < chart.categories.size(); ++c) out += bar_row(chart, c, scale, unknown);
    return out + "</svg>";
}

}  // namespace netadmin::render
