// Unit tests of render/csv: a whole table as RFC 4180 CSV (the escaping of
// one cell is pinned in escaping_test.cpp).
#include "render/format.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::render {
namespace {

using report::Cell;
using report::Table;

Table sample() {
    Table table;
    table.columns = {{"id", i18n::Msg::col_id},
                     {"name", i18n::Msg::col_name},
                     {"municipality_code", i18n::Msg::col_municipality, true},
                     {"centres", i18n::Msg::col_centres}};
    table.rows = {
        {Cell::plain("kalix"), Cell::plain("Familjecentralen i Kalix"), Cell::pair("Kalix", "2514"), Cell::number(2)},
        {Cell::plain("ovt"), Cell::plain("Övertorneå; norr, om \"älven\""), Cell::null(), Cell::number(-1)}};
    return table;
}

}  // namespace

TEST_SUITE("render::csv") {
    TEST_CASE("a header of the columns' keys, machine-only columns included, and CRLF line ends") {
        CHECK(to_csv(sample()) ==
              "id,name,municipality_code,centres\r\n"
              "kalix,Familjecentralen i Kalix,2514,2\r\n"
              "ovt,\"Övertorneå; norr, om \"\"älven\"\"\",,-1\r\n");
    }

    TEST_CASE("cells hold the machine value, not the text for people") {
        Table table;
        table.columns = {{"date", i18n::Msg::col_date}};
        table.rows = {{Cell::pair("13 september 2023", "2023-09-13")}};
        CHECK(to_csv(table) == "date\r\n2023-09-13\r\n");
    }

    TEST_CASE("a semicolon is not a separator and is left unquoted, a comma is quoted") {
        Table table;
        table.columns = {{"a", i18n::Msg::col_name}, {"b", i18n::Msg::col_name}};
        table.rows = {{Cell::plain("x;y"), Cell::plain("x,y")}};
        CHECK(to_csv(table) == "a,b\r\nx;y,\"x,y\"\r\n");
    }

    TEST_CASE("a list is one cell, its items joined by semicolons") {
        Table table;
        table.columns = {{"operations", i18n::Msg::col_operations}};
        table.rows = {{Cell::list({"mvc", "bvc", "open-preschool"}, "MVC, BVC, öppen förskola")}};
        CHECK(to_csv(table) == "operations\r\nmvc;bvc;open-preschool\r\n");
    }

    TEST_CASE("a line break inside a cell stays inside its quoted field") {
        Table table;
        table.columns = {{"note", i18n::Msg::col_name}, {"id", i18n::Msg::col_id}};
        table.rows = {{Cell::plain("rad ett\nrad två"), Cell::plain("x")}};
        CHECK(to_csv(table) == "note,id\r\n\"rad ett\nrad två\",x\r\n");
    }

    TEST_CASE("a negative number is ours and never a formula, a text that looks like one is defused") {
        Table table;
        table.columns = {{"n", i18n::Msg::col_centres}, {"t", i18n::Msg::col_name}};
        table.rows = {{Cell::number(-5), Cell::plain("-5")}};
        CHECK(to_csv(table) == "n,t\r\n-5,\"'-5\"\r\n");
    }

    TEST_CASE("a table without rows is its header") {
        auto table = sample();
        table.rows.clear();
        CHECK(to_csv(table) == "id,name,municipality_code,centres\r\n");
    }

    TEST_CASE("the excel-sv dialect: byte-order mark, semicolons, quotes around a semicolon, CRLF") {
        Table table;
        table.columns = {{"name", i18n::Msg::col_name}, {"operations", i18n::Msg::col_operations}};
        table.rows = {{Cell::plain("Västerås, centrum"), Cell::list({"mvc", "bvc"}, "MVC, BVC")}};
        CHECK(to_csv(table, CsvDialect::excel_sv) ==
              "\xef\xbb\xbfname;operations\r\nVästerås, centrum;\"mvc;bvc\"\r\n");
    }

    TEST_CASE("a listing of entities ends with an inferred column naming the inferred cells") {
        Table table;
        table.marks_inferences = true;
        table.columns = {{"id", i18n::Msg::col_id},
                         {"municipality", i18n::Msg::col_municipality},
                         {"region", i18n::Msg::col_region}};
        Cell municipality = Cell::plain("Jönköping");
        municipality.inferred = true;
        Cell region = Cell::pair("probably Region Jönköpings län", "jonkoping");
        region.inferred = true;
        table.rows = {{Cell::plain("rosensalen"), municipality, region},
                      {Cell::plain("other"), Cell::plain("Kalix"), Cell::plain("norrbotten")}};
        CHECK(to_csv(table) ==
              "id,municipality,region,inferred\r\n"
              "rosensalen,Jönköping,jonkoping,municipality;region\r\n"
              "other,Kalix,norrbotten,\r\n");
    }
}

}  // namespace netadmin::render
