// Unit tests of render/json: a table as an array of objects, one per row
// (the escaping of one string is pinned in escaping_test.cpp).
#include "render/format.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::render {
namespace {

using report::Cell;
using report::Table;

}  // namespace

TEST_SUITE("render::json") {
    TEST_CASE("one object per row, keys in column order, numbers, nulls and lists typed") {
        Table table;
        table.columns = {{"id", i18n::Msg::col_id},
                         {"centres", i18n::Msg::col_centres},
                         {"opened", i18n::Msg::col_opened},
                         {"operations", i18n::Msg::col_operations},
                         {"municipality_code", i18n::Msg::col_municipality, true}};
        table.rows = {{Cell::plain("kalix"), Cell::number(2), Cell::pair("2009", "2009"),
                       Cell::list({"mvc", "bvc"}, "MVC, BVC"), Cell::pair("Kalix", "2514")},
                      {Cell::plain("ovt"), Cell::number(-1), Cell::null(), Cell::list({}, ""), Cell::null()}};
        CHECK(to_json(table) ==
              "[\n"
              "  {\n"
              "    \"id\": \"kalix\",\n"
              "    \"centres\": 2,\n"
              "    \"opened\": \"2009\",\n"
              "    \"operations\": [\"mvc\", \"bvc\"],\n"
              "    \"municipality_code\": \"2514\"\n"
              "  },\n"
              "  {\n"
              "    \"id\": \"ovt\",\n"
              "    \"centres\": -1,\n"
              "    \"opened\": null,\n"
              "    \"operations\": [],\n"
              "    \"municipality_code\": null\n"
              "  }\n"
              "]\n");
    }

    TEST_CASE("an empty table is an empty array") {
        Table table;
        table.columns = {{"id", i18n::Msg::col_id}};
        CHECK(to_json(table) == "[]\n");
    }

    TEST_CASE("a plain empty value is null, as the JSON shape documents") {
        Table table;
        table.columns = {{"email", i18n::Msg::col_email}};
        table.rows = {{Cell::plain("")}};
        CHECK(to_json(table) == "[\n  {\n    \"email\": null\n  }\n]\n");
    }

    TEST_CASE("strings carry the machine value, escaped, with UTF-8 kept") {
        Table table;
        table.columns = {{"name", i18n::Msg::col_name}, {"date", i18n::Msg::col_date}};
        table.rows = {{Cell::pair("Övertorneå \"norr\"\x07", "Övertorneå \"norr\"\x07"),
                       Cell::pair("13 september 2023", "2023-09-13")}};
        CHECK(to_json(table) ==
              "[\n  {\n    \"name\": \"Övertorneå \\\"norr\\\"\\u0007\",\n    \"date\": \"2023-09-13\"\n  }\n]\n");
    }

    TEST_CASE("list items are escaped like any string") {
        Table table;
        table.columns = {{"topics", i18n::Msg::col_name}};
        table.rows = {{Cell::list({"a\"b", "c\nd"}, "")}};
        CHECK(to_json(table) == "[\n  {\n    \"topics\": [\"a\\\"b\", \"c\\nd\"]\n  }\n]\n");
    }

    TEST_CASE("an inferred value is followed by its KEY_inferred object with the evidence") {
        Table table;
        table.columns = {{"id", i18n::Msg::col_id}, {"region", i18n::Msg::col_region}};
        Cell region = Cell::pair("probably Region Jönköpings län", "jonkoping");
        region.inferred = true;
        region.evidence = "the \"venue\" is in Jönköping";
        table.rows = {{Cell::plain("session"), region}};
        CHECK(to_json(table) ==
              "[\n  {\n    \"id\": \"session\",\n    \"region\": \"jonkoping\",\n"
              "    \"region_inferred\": {\"inferred\": true, \"evidence\": \"the \\\"venue\\\" is in Jönköping\"}\n"
              "  }\n]\n");
    }
}

}  // namespace netadmin::render
