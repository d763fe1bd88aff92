#include "render/format.hpp"

#include <array>

namespace netadmin::render {
namespace {

constexpr std::array<std::string_view, 8> kFormatNames{"table", "csv",  "json", "markdown",
                                                       "text",  "html", "ics",  "svg"};

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
    for (std::size_t i = 0; i < kFormatNames.size(); ++i) {
        if (kFormatNames[i] == name) return static_cast<Format>(i);
    }
    return std::nullopt;
}

std::string_view format_name(Format format) { return kFormatNames.at(static_cast<std::size_t>(format)); }

std::string render_table(const report::Table& table, Format format, i18n::Language language, const TableStyle& style) {
    switch (format) {
        case Format::csv: return to_csv(table);
        case Format::json: return to_json(table);
        case Format::markdown: return to_markdown(table, language);
        case Format::table:
        case Format::text:
        case Format::html:
        case Format::ics:
        case Format::svg: break;
    }
    return to_text_table(table, language, style);
}

}  // namespace netadmin::render
