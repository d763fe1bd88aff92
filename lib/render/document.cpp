// Building documents (render/document.hpp) and deciding which links are safe.
#include "render/document.hpp"

namespace netadmin::render {

Block& Document::heading(int level, std::string text, std::string anchor) {
    Block block;
    block.kind = BlockKind::heading;
    block.level = level;
    block.anchor = std::move(anchor);
    block.line = {Span{std::move(text)}};
    return blocks.emplace_back(std::move(block));
}

Block& Document::paragraph(Line line) {
    Block block;
    block.kind = BlockKind::paragraph;
    block.line = std::move(line);
    return blocks.emplace_back(std::move(block));
}

Block& Document::paragraph(std::string text) { return paragraph(Line{Span{std::move(text)}}); }

Block& Document::facts(std::vector<Fact> facts) {
    Block block;
    block.kind = BlockKind::facts;
    block.facts = std::move(facts);
    return blocks.emplace_back(std::move(block));
}

Block& Document::figures(std::vector<Fact> figures) {
    Block block;
    block.kind = BlockKind::figures;
    block.facts = std::move(figures);
    return blocks.emplace_back(std::move(block));
}

Block& Document::list(std::vector<Line> items) {
    Block block;
    block.kind = BlockKind::list;
    block.items = std::move(items);
    return blocks.emplace_back(std::move(block));
}

Block& Document::table(DocTable table) {
    Block block;
    block.kind = BlockKind::table;
    block.table = std::move(table);
    return blocks.emplace_back(std::move(block));
}

Block& Document::chart(BarChart chart) {
    Block block;
    block.kind = BlockKind::chart;
    block.chart = std::move(chart);
    return blocks.emplace_back(std::move(block));
}

Block& Document::quote(std::string text, std::string attribution) {
    Block block;
    block.kind = BlockKind::quote;
    block.line = {Span{std::move(text)}};
    block.attribution = std::move(attribution);
    return blocks.emplace_back(std::move(block));
}

Block& Document::map(MapFigure map) {
    Block block;
    block.kind = BlockKind::map;
    block.map = std::move(map);
    return blocks.emplace_back(std::move(block));
}

namespace {

bool starts_with(const std::string& text, std::string_view prefix) {
    return text.size() > prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool is_site_link(const std::string& href) {
    if (href.empty()) return false;
    for (const char c : href) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '#';
        if (!ok) return false;
    }
    return href.find("..") == std::string::npos && href.front() != '.';
}

bool has_no_space_or_control(const std::string& href) {
    for (const char c : href) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
    }
    return true;
}

}  // namespace

std::string safe_href(const std::string& href) {
    if (!has_no_space_or_control(href)) return "";
    if (starts_with(href, "https://") || starts_with(href, "http://") || starts_with(href, "mailto:")) return href;
    return is_site_link(href) ? href : "";
}

std::vector<std::string> chart_lines(const BarChart& chart) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < chart.categories.size(); ++i) {
        std::string values;
        for (const auto& series : chart.series) {
            if (i >= series.values.size() || series.values[i] < 0) continue;
            if (!values.empty()) values += ", ";
            values += series.label + " " + std::to_string(static_cast<long long>(series.values[i]));
        }
        if (!values.empty()) lines.push_back(chart.categories[i] + ": " + values);
    }
    return lines;
}

std::string map_line(const MapFigure& map) {
    std::string line = map.text.legend + ":";
    for (std::size_t s = 0; s < map.text.statuses.size(); ++s) {
        if (!report::map_status_shown(map.map, static_cast<report::MapStatus>(s))) continue;
        line += (s == 0 ? " " : ", ") + map.text.statuses[s] + " " + std::to_string(map.map.counts[s]);
    }
    return line;
}

}  // namespace netadmin::render
