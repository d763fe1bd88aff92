// Unit tests of the formats each kind of view declares (render/format.hpp)
// and of the renderers' refusal of any other: no silent fallback.
#include "render/contacts.hpp"
#include "render/format.hpp"
#include "render/record.hpp"
#include "render/reports.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

namespace netadmin::render {

TEST_SUITE("render::formats") {
    TEST_CASE("every format's name reads back as that format") {
        for (const auto format : {Format::table, Format::csv, Format::json, Format::markdown, Format::text,
                                  Format::html, Format::ics, Format::svg, Format::vcard, Format::emails}) {
            CHECK(parse_format(format_name(format)) == format);
        }
        CHECK_FALSE(parse_format("xml"));
        CHECK_FALSE(parse_format("CSV"));
    }

    TEST_CASE("each kind of view declares its formats, the default first") {
        CHECK(format_names(formats_of(ViewKind::table), "|") == "table|csv|json|markdown");
        CHECK(format_names(formats_of(ViewKind::record), "|") == "table|csv|json|markdown");
        CHECK(format_names(formats_of(ViewKind::document), ", ") == "text, markdown, html, json");
        CHECK(format_names(formats_of(ViewKind::calendar), "|") == "ics");
        CHECK(format_names(formats_of(ViewKind::summary), "|") == "text|json");
    }

    TEST_CASE("views that write more than their kind declare it") {
        CHECK(format_names(contact_formats(), "|") == "table|csv|json|markdown|vcard|emails");
        CHECK(format_names(region_formats(), "|") == "text|markdown|html|json|svg");
        CHECK(format_names(programme_formats(), "|") == "text|markdown|html|json");
        CHECK(format_names(coverage_formats(), "|") == "text|markdown|html|json|csv|svg");
        for (const auto format : formats_of(ViewKind::document)) {
            CHECK(writes(region_formats(), format));
            CHECK(writes(programme_formats(), format));
            CHECK(writes(coverage_formats(), format));
        }
        CHECK_FALSE(writes(programme_formats(), Format::svg));
    }

    TEST_CASE("a table is written in each of its formats and refuses any other") {
        report::Table table;
        table.columns = {{"id", i18n::Msg::col_field}};
        table.rows = {{report::Cell::plain("kalix")}};
        for (const auto format : formats_of(ViewKind::table)) {
            CHECK(render_table(table, format, i18n::Language::en).value().find("kalix") != std::string::npos);
        }
        for (const auto format : {Format::text, Format::html, Format::ics, Format::svg, Format::vcard}) {
            CHECK_FALSE(writes(formats_of(ViewKind::table), format));
            CHECK_FALSE(render_table(table, format, i18n::Language::en).ok());
        }
    }

    TEST_CASE("a record is written in each of its formats and refuses any other") {
        report::Record record{model::EntityKind::region, "norrbotten", "regions.toml:1", {}, {}};
        record.fields.emplace_back("name", report::Cell::plain("Region Norrbotten"));
        for (const auto format : formats_of(ViewKind::record)) {
            CHECK(render_record(record, format, i18n::Language::en).value().find("Norrbotten") != std::string::npos);
        }
        for (const auto format : {Format::text, Format::html, Format::ics, Format::svg, Format::emails}) {
            CHECK_FALSE(render_record(record, format, i18n::Language::en).ok());
        }
    }
}

}  // namespace netadmin::render
