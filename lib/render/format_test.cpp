// Unit tests of render/format: the names of the formats and the one entry
// point that writes a table in each of its formats.
#include "render/format.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

namespace netadmin::render {

TEST_SUITE("render::format") {
    TEST_CASE("every format's name reads back as that format") {
        for (const char* name : {"table", "csv", "json", "markdown", "text", "html", "ics", "svg"}) {
            CAPTURE(name);
            const auto format = parse_format(name);
            REQUIRE(format);
            CHECK(format_name(*format) == name);
        }
    }

    TEST_CASE("a name is only known exactly as written") {
        CHECK_FALSE(parse_format("CSV"));
        CHECK_FALSE(parse_format("md"));
        CHECK_FALSE(parse_format(""));
        CHECK_FALSE(parse_format("csv "));
    }

    TEST_CASE("a table goes to the writer of the format asked for") {
        report::Table table;
        table.columns = {{"name", i18n::Msg::col_name}};
        table.rows = {{report::Cell::plain("Övertorneå, norr")}};
        CHECK(render_table(table, Format::csv, i18n::Language::sv).value() == to_csv(table));
        CHECK(render_table(table, Format::json, i18n::Language::sv).value() == to_json(table));
        CHECK(render_table(table, Format::markdown, i18n::Language::en).value() ==
              to_markdown(table, i18n::Language::en));
        CHECK(render_table(table, Format::table, i18n::Language::sv).value() ==
              to_text_table(table, i18n::Language::sv, {}));
        CHECK(render_table(table, Format::table, i18n::Language::en, {true}).value() ==
              to_text_table(table, i18n::Language::en, {true}));
        // A document's formats are not a table's: no quiet fallback to a text table.
        CHECK_FALSE(render_table(table, Format::text, i18n::Language::en).ok());
        CHECK_FALSE(render_table(table, Format::html, i18n::Language::en).ok());
        CHECK(render_table(table, Format::csv, i18n::Language::sv).value() !=
              render_table(table, Format::json, i18n::Language::sv).value());
    }
}

}  // namespace netadmin::render
