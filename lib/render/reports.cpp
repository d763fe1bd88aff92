// The format switch of each report (render/reports.hpp).
#include "render/reports.hpp"

#include "render/doc_html.hpp"
#include "render/doc_markdown.hpp"
#include "render/doc_text.hpp"
#include "render/layout_map.hpp"
#include "render/layout_national.hpp"
#include "render/report_json.hpp"

namespace netadmin::render {
namespace {

constexpr Format kRegionFormats[] = {Format::text, Format::markdown, Format::html, Format::json, Format::svg};
constexpr Format kProgrammeFormats[] = {Format::text, Format::markdown, Format::html, Format::json};
constexpr Format kCoverageFormats[] = {Format::text, Format::markdown, Format::html,
                                       Format::json, Format::csv,      Format::svg};

}  // namespace

std::span<const Format> region_formats() { return kRegionFormats; }
std::span<const Format> programme_formats() { return kProgrammeFormats; }
std::span<const Format> coverage_formats() { return kCoverageFormats; }

std::optional<std::string> render_region(const report::RegionView& view, Format format, const LayoutOptions& options) {
    switch (format) {
        case Format::text: return to_text(region_document(view, options));
        case Format::markdown: return to_markdown(region_document(view, options));
        case Format::html: return to_html(region_document(view, options));
        case Format::json: return region_json(view, options.today);
        case Format::svg: return map_svg_page(options);
        case Format::table:
        case Format::csv:
        case Format::ics:
        case Format::vcard:
        case Format::emails: break;
    }
    return std::nullopt;  // a format the report does not declare
}

std::optional<std::string> render_programme(const report::ProgrammeView& view, Format format,
                                            const LayoutOptions& options) {
    switch (format) {
        case Format::text: return to_text(programme_document(view, options));
        case Format::markdown: return to_markdown(programme_document(view, options));
        case Format::html: return to_html(programme_document(view, options));
        case Format::json: return programme_json(view, options.today);
        case Format::table:
        case Format::csv:
        case Format::ics:
        case Format::svg:
        case Format::vcard:
        case Format::emails: break;
    }
    return std::nullopt;  // a format the report does not declare
}

std::optional<std::string> render_coverage(const report::CoverageView& view, Format format,
                                           const LayoutOptions& options) {
    const auto document = [&] {
        return view.gaps_only ? gaps_document(view, options) : coverage_document(view, options);
    };
    switch (format) {
        case Format::text: return to_text(document());
        case Format::markdown: return to_markdown(document());
        case Format::html: return to_html(document());
        case Format::json: return coverage_json(view);
        case Format::csv: return to_csv(coverage_table(view));
        case Format::svg: return map_svg_page(options);
        case Format::table:
        case Format::ics:
        case Format::vcard:
        case Format::emails: break;
    }
    return std::nullopt;  // a format the report does not declare
}

}  // namespace netadmin::render
