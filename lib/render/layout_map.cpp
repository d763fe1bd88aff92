// The coverage map's words and section (render/layout_map.hpp).
#include "render/layout_map.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"

namespace netadmin::render {

namespace {

std::string word(i18n::Language language, i18n::Msg msg) { return std::string(i18n::runtime_text(language, msg)); }

}  // namespace

MapText map_text(const report::CoverageMap& map, i18n::Language language) {
    using i18n::Msg;
    MapText text;
    text.title = map.county_code.empty() ? word(language, Msg::map_title_national)
                                         : i18n::format(language, Msg::map_title_county,
                                                        map.county_name.empty() ? map.county_code : map.county_name);
    const auto count = [&](report::MapStatus status) {
        return static_cast<std::int64_t>(map.counts[static_cast<std::size_t>(status)]);
    };
    text.description = i18n::format(language, Msg::map_description, static_cast<std::int64_t>(map.areas.size()),
                                    count(report::MapStatus::full), count(report::MapStatus::similar),
                                    count(report::MapStatus::none), count(report::MapStatus::unknown));
    const auto none_as_of = map.none_as_of ? i18n::format_fuzzy_date(language, *map.none_as_of) : std::string("–");
    if (count(report::MapStatus::stated_none) + count(report::MapStatus::counted) > 0) {
        text.description +=
            " " + i18n::format(language, Msg::map_description_counts, count(report::MapStatus::stated_none), none_as_of,
                               count(report::MapStatus::counted));
    }
    text.legend = word(language, Msg::map_legend);
    text.statuses = {word(language, Msg::map_status_full),
                     word(language, Msg::map_status_similar),
                     word(language, Msg::map_status_none),
                     word(language, Msg::map_status_unknown),
                     i18n::format(language, Msg::map_status_stated_none, none_as_of),
                     word(language, Msg::map_status_counted)};
    return text;
}

void add_map(Document& document, const LayoutOptions& options, int level) {
    if (options.map.outlines == nullptr) return;
    document.heading(level, word(options.language, i18n::Msg::map_heading), level == 2 ? "map" : "");
    document.map(
        {options.map.map, map_text(options.map.map, options.language), options.map.outlines, options.map.file});
}

std::optional<std::string> map_svg_page(const LayoutOptions& options) {
    if (options.map.outlines == nullptr) return std::nullopt;
    return map_svg(options.map.map, *options.map.outlines, map_text(options.map.map, options.language), "map");
}

}  // namespace netadmin::render
