#include "render/format.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace netadmin::render {
namespace {

constexpr std::array<std::string_view, 10> kFormatNames{"table", "csv", "json", "markdown", "text",
                                                        "html",  "ics", "svg",  "vcard",    "emails"};

constexpr Format kTableFormats[] = {Format::table, Format::csv, Format::json, Format::markdown};
constexpr Format kRecordFormats[] = {Format::table, Format::csv, Format::json, Format::markdown};
constexpr Format kDocumentFormats[] = {Format::text, Format::markdown, Format::html, Format::json};
constexpr Format kCalendarFormats[] = {Format::ics};
constexpr Format kSummaryFormats[] = {Format::text, Format::json};

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
    for (std::size_t i = 0; i < kFormatNames.size(); ++i) {
        if (kFormatNames[i] == name) return static_cast<Format>(i);
    }
    return std::nullopt;
}

std::string_view format_name(Format format) { return kFormatNames.at(static_cast<std::size_t>(format)); }

std::span<const Format> formats_of(ViewKind kind) {
    switch (kind) {
        case ViewKind::table: return kTableFormats;
        case ViewKind::record: return kRecordFormats;
        case ViewKind::document: return kDocumentFormats;
        case ViewKind::calendar: return kCalendarFormats;
        case ViewKind::summary: return kSummaryFormats;
    }
    return {};
}

bool writes(std::span<const Format> formats, Format format) {
    return std::find(formats.begin(), formats.end(), format) != formats.end();
}

std::string format_names(std::span<const Format> formats, std::string_view separator) {
    std::string out;
    for (const auto format : formats) {
        if (!out.empty()) out += separator;
        out += format_name(format);
    }
    return out;
}

catalog::Problem unwritable(ViewKind kind, Format format) {
    return {catalog::Msg::err_bad_choice, std::string("--format"), std::string(format_name(format)),
            format_names(formats_of(kind), ", ")};
}

catalog::Result<std::string> render_table(const report::Table& table, Format format, i18n::Language language,
                                          const TableStyle& style) {
    switch (format) {
        case Format::table: return to_text_table(table, language, style);
        case Format::csv: return to_csv(table);
        case Format::json: return to_json(table);
        case Format::markdown: return to_markdown(table, language);
        case Format::text:
        case Format::html:
        case Format::ics:
        case Format::svg:
        case Format::vcard:
        case Format::emails: break;
    }
    return unwritable(ViewKind::table, format);
}

}  // namespace netadmin::render
