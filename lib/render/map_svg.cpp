// The coverage map as SVG (render/map_svg.hpp). Sizes are in pixels of the
// SVG's own box; the outlines keep their whole-number units of 100 m inside
// one scaled group, written as relative moves, so the national map stays a
// fraction of its source's size and the same outlines give the same bytes.
#include "render/map_svg.hpp"

#include "render/html_escape.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace netadmin::render {

const std::array<const char*, report::kMapStatusCount> kMapFills{"#2c7fb8", "#7fcdbb", "#edf8b1",
                                                                 "hatch",   "dots",    "cross"};

namespace {

constexpr double kMaxMapWidth = 480;
constexpr double kMaxMapHeight = 640;
constexpr double kNarrowMap = 360;  // a map narrower than this has its legend beside it
constexpr int kMargin = 12;
constexpr int kTitleHeight = 34;
constexpr int kLegendRow = 24;
constexpr int kSwatch = 16;
constexpr const char* kInk = "#1d2b28";
constexpr const char* kBorder = "#4d4d4d";

struct Frame {
    model::GridBox box;     // of the outlines drawn, in grid units
    double scale = 1;       // pixels per grid unit
    double map_width = 0;   // pixels
    double map_height = 0;  // pixels
    int legend_x = 0;
    int legend_y = 0;
    int width = 0;
    int height = 0;
};

int shown_statuses(const report::CoverageMap& map) {
    int shown = 0;
    for (int s = 0; s < report::kMapStatusCount; ++s)
        shown += report::map_status_shown(map, static_cast<report::MapStatus>(s));
    return shown;
}

int legend_width(const MapText& text, const report::CoverageMap& map) {
    std::size_t widest = util::display_width(text.legend);
    for (std::size_t s = 0; s < text.statuses.size(); ++s) {
        if (!report::map_status_shown(map, static_cast<report::MapStatus>(s))) continue;
        const auto label = fmt::format("{} ({})", text.statuses[s], map.counts[s]);
        widest = std::max(widest, util::display_width(label) + 3);
    }
    return static_cast<int>(widest) * 8;
}

Frame frame(const report::CoverageMap& map, const model::Outlines& outlines, const MapText& text) {
    Frame f;
    for (const auto& area : map.areas) {
        if (const auto* outline = outlines.municipality(area.code)) f.box.add(outline->box);
    }
    const double w = std::max(1, f.box.max_x - f.box.min_x);
    const double h = std::max(1, f.box.max_y - f.box.min_y);
    f.scale = std::min(kMaxMapWidth / w, kMaxMapHeight / h);
    f.map_width = w * f.scale;
    f.map_height = h * f.scale;
    const int map_right = kMargin + static_cast<int>(std::lround(f.map_width));
    const int map_bottom = kTitleHeight + static_cast<int>(std::lround(f.map_height));
    const int legend_height = kLegendRow * (shown_statuses(map) + 1);
    const int title_width = static_cast<int>(util::display_width(text.title)) * 10 + 2 * kMargin;
    if (f.map_width < kNarrowMap) {
        f.legend_x = map_right + 2 * kMargin;
        f.legend_y = kTitleHeight + 8;
        f.width = f.legend_x + legend_width(text, map) + kMargin;
        f.height = std::max(map_bottom, f.legend_y + legend_height) + kMargin;
    } else {
        f.legend_x = kMargin;
        f.legend_y = map_bottom + 2 * kMargin;
        f.width = std::max(map_right, kMargin + legend_width(text, map)) + kMargin;
        f.height = f.legend_y + legend_height + kMargin;
    }
    f.width = std::max(f.width, title_width);
    return f;
}

// A colour, or the pattern of its kind: `id` the map's, `where` "" on the
// map and "-key" in the legend (the legend's swatches are drawn unscaled).
std::string fill_of(report::MapStatus status, const std::string& id, std::string_view where) {
    const std::string_view fill = kMapFills[static_cast<std::size_t>(status)];
    if (fill == "hatch") return "url(#" + id + "-unknown" + std::string(where) + ")";
    if (fill == "dots") return "url(#" + id + "-stated-none" + std::string(where) + ")";
    if (fill == "cross") return "url(#" + id + "-counted" + std::string(where) + ")";
    return std::string(fill);
}

// Dots on pale sand: none according to the sources, as of their date.
std::string dots(const std::string& id, double size) {
    return fmt::format(R"svg(<pattern id="{0}" width="{1:.4f}" height="{1:.4f}" patternUnits="userSpaceOnUse">)svg"
                       R"svg(<rect width="{1:.4f}" height="{1:.4f}" fill="#f6efe1"/>)svg"
                       R"svg(<circle cx="{2:.4f}" cy="{2:.4f}" r="{3:.4f}" fill="#6b5b45"/></pattern>)svg",
                       id, size, size / 2, size / 6);
}

// Crossed lines on pale orange: a count known, its centres not listed.
std::string cross(const std::string& id, double size) {
    return fmt::format(
        R"svg(<pattern id="{0}" width="{1:.4f}" height="{1:.4f}" patternUnits="userSpaceOnUse">)svg"
        R"svg(<rect width="{1:.4f}" height="{1:.4f}" fill="#fdd49e"/>)svg"
        R"svg(<path d="M0 0L{1:.4f} {1:.4f}M{1:.4f} 0L0 {1:.4f}" stroke="#8c5a1e" stroke-width="{2:.4f}"/></pattern>)svg",
        id, size, size / 6);
}

// The patterns of the sources' statuses, only on a map that has them.
std::string count_patterns(const report::CoverageMap& map, const std::string& id, double scale) {
    std::string out;
    if (report::map_status_shown(map, report::MapStatus::stated_none))
        out += dots(id + "-stated-none", 6 / scale) + dots(id + "-stated-none-key", 6);
    if (report::map_status_shown(map, report::MapStatus::counted))
        out += cross(id + "-counted", 6 / scale) + cross(id + "-counted-key", 6);
    return out;
}

// Diagonal grey lines on white, `size` apart, in the units of where it is used.
std::string hatch(const std::string& id, double size, int angle) {
    return fmt::format(
        R"svg(<pattern id="{0}" width="{1:.4f}" height="{1:.4f}" patternUnits="userSpaceOnUse" )svg"
        R"svg(patternTransform="rotate({2})"><rect width="{1:.4f}" height="{1:.4f}" fill="#ffffff"/>)svg"
        R"svg(<line x1="0" y1="0" x2="0" y2="{1:.4f}" stroke="#8c8c8c" stroke-width="{3:.4f}"/></pattern>)svg",
        id, size, angle, size / 4);
}

void append_rings(std::string& out, const model::Outline& outline, const model::GridBox& box) {
    auto it = std::back_inserter(out);
    for (const auto& ring : outline.rings) {
        if (ring.empty()) continue;
        fmt::format_to(it, "M{} {}l", ring[0].x - box.min_x, ring[0].y - box.min_y);
        for (std::size_t i = 1; i < ring.size(); ++i) {
            if (i > 1) out += ' ';
            fmt::format_to(it, "{} {}", ring[i].x - ring[i - 1].x, ring[i].y - ring[i - 1].y);
        }
        out += 'z';
    }
}

void append_shapes(std::string& out, const report::CoverageMap& map, const model::Outlines& outlines,
                   const MapText& text, const Frame& f, const std::string& id) {
    // Thin borders on the national map, where some municipalities are a few pixels wide.
    const double border_px = map.areas.size() > 100 ? 0.3 : 0.8;
    out += fmt::format(
        R"svg(<g transform="translate({} {:.2f}) scale({:.6f} {:.6f})" stroke="{}" stroke-width="{:.4f}" )svg"
        R"svg(stroke-linejoin="round" fill-rule="evenodd">)svg",
        kMargin, kTitleHeight + f.map_height, f.scale, -f.scale, kBorder, border_px / f.scale);
    for (const auto& area : map.areas) {
        const auto* outline = outlines.municipality(area.code);
        if (outline == nullptr) continue;
        const auto status = static_cast<std::size_t>(area.status);
        out += fmt::format(R"(<path data-code="{}" data-status="{}" fill="{}" d=")", html_escape(area.code),
                           report::map_status_name(area.status), fill_of(area.status, id, ""));
        append_rings(out, *outline, f.box);
        out += fmt::format(R"("><title>{}: {}</title></path>)", html_escape(area.name),
                           html_escape(text.statuses[status]));
    }
    out += "</g>";
}

// The centre of mass of a municipality's largest ring, in grid units, and
// that ring's box: where its name goes on a county map, if it fits.
struct LabelSpot {
    double x = 0;
    double y = 0;
    model::GridBox box;
};

LabelSpot label_spot(const model::Outline& outline) {
    LabelSpot best;
    double best_area = 0;
    for (const auto& ring : outline.rings) {
        double twice_area = 0;
        double cx = 0;
        double cy = 0;
        model::GridBox box;
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const auto& a = ring[i];
            const auto& b = ring[(i + 1) % ring.size()];
            const double cross = static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
            twice_area += cross;
            cx += (a.x + b.x) * cross;
            cy += (a.y + b.y) * cross;
            box.add(a);
        }
        if (std::abs(twice_area) <= best_area) continue;
        best_area = std::abs(twice_area);
        best = {cx / (3 * twice_area), cy / (3 * twice_area), box};
    }
    return best;
}

// Names on a county's map, where a municipality is large enough to hold its
// own: print has no tooltips. The national map is too small for names.
void append_labels(std::string& out, const report::CoverageMap& map, const model::Outlines& outlines, const Frame& f) {
    if (map.county_code.empty()) return;
    out += fmt::format(R"svg(<g aria-hidden="true" font-size="11" text-anchor="middle" fill="{}" stroke="#ffffff" )svg"
                       R"svg(stroke-width="2.5" stroke-opacity="0.8" paint-order="stroke">)svg",
                       kInk);
    for (const auto& area : map.areas) {
        const auto* outline = outlines.municipality(area.code);
        if (outline == nullptr) continue;
        const auto spot = label_spot(*outline);
        const double width = (spot.box.max_x - spot.box.min_x) * f.scale;
        const double height = (spot.box.max_y - spot.box.min_y) * f.scale;
        if (static_cast<double>(util::display_width(area.name)) * 6.5 > width * 0.8 || height < 16) continue;
        out += fmt::format(R"svg(<text x="{:.1f}" y="{:.1f}">{}</text>)svg", kMargin + (spot.x - f.box.min_x) * f.scale,
                           kTitleHeight + f.map_height - (spot.y - f.box.min_y) * f.scale + 4, html_escape(area.name));
    }
    out += "</g>";
}

void append_legend(std::string& out, const report::CoverageMap& map, const MapText& text, const Frame& f,
                   const std::string& id) {
    out += fmt::format(R"(<g class="legend" font-size="13" fill="{}">)", kInk);
    out += fmt::format(R"(<text x="{}" y="{}" font-weight="700">{}</text>)", f.legend_x, f.legend_y + 13,
                       html_escape(text.legend));
    int row = 0;
    for (int s = 0; s < report::kMapStatusCount; ++s) {
        const auto status = static_cast<report::MapStatus>(s);
        if (!report::map_status_shown(map, status)) continue;
        const int y = f.legend_y + kLegendRow * ++row;
        out += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{}" stroke-width="0.8"/>)",
                           f.legend_x, y, kSwatch, kSwatch, fill_of(status, id, "-key"), kBorder);
        out += fmt::format(R"(<text x="{}" y="{}" data-status="{}">{} ({})</text>)", f.legend_x + kSwatch + 8, y + 13,
                           report::map_status_name(status), html_escape(text.statuses[static_cast<std::size_t>(s)]),
                           map.counts[static_cast<std::size_t>(s)]);
    }
    out += "</g>";
}

}  // namespace

std::string map_svg(const report::CoverageMap& map, const model::Outlines& outlines, const MapText& text,
                    const std::string& id) {
    const auto f = frame(map, outlines, text);
    std::string out;
    out.reserve(std::size_t{64} * 1024);
    out += fmt::format(
        R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" role="img" )"
        R"(aria-labelledby="{2}-title {2}-desc" class="map" style="max-width:100%;height:auto" )"
        R"(font-family="system-ui,sans-serif">)",
        f.width, f.height, id);
    out += fmt::format(R"(<title id="{}-title">{}</title>)", id, html_escape(text.title));
    out += fmt::format(R"(<desc id="{}-desc">{}</desc>)", id, html_escape(text.description));
    out += "<defs>" + hatch(id + "-unknown", 5 / f.scale, -45) + hatch(id + "-unknown-key", 5, 45) +
           count_patterns(map, id, f.scale) + "</defs>";
    out += fmt::format(R"(<text x="{}" y="22" font-size="16" font-weight="700" fill="{}">{}</text>)", kMargin, kInk,
                       html_escape(text.title));
    append_shapes(out, map, outlines, text, f, id);
    append_labels(out, map, outlines, f);
    append_legend(out, map, text, f, id);
    return out + "</svg>\n";
}

}  // namespace netadmin::render
