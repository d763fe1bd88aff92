// Unit tests of render/text_table: aligned columns for a terminal, measured
// in display columns, not bytes.
#include "render/format.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::render {
namespace {

using report::Cell;
using report::Column;
using report::Table;

Table centres() {
    Table table;
    table.columns = {
        {"id", i18n::Msg::col_id}, {"name", i18n::Msg::col_name}, {"municipality", i18n::Msg::col_municipality}};
    table.rows = {{Cell::plain("kalix"), Cell::plain("Familjecentralen i Kalix"), Cell::plain("Kalix")},
                  {Cell::plain("ovt"), Cell::plain("Övertorneå"), Cell::plain("Övertorneå")}};
    return table;
}

}  // namespace

TEST_SUITE("render::text_table") {
    TEST_CASE("columns are as wide as their widest cell, two spaces apart, the last one not padded") {
        CHECK(to_text_table(centres(), i18n::Language::en, {}) ==
              "Id     Name                      Municipality\n"
              "kalix  Familjecentralen i Kalix  Kalix\n"
              "ovt    Övertorneå                Övertorneå\n");
    }

    TEST_CASE("headers are in the language asked for") {
        const auto text = to_text_table(centres(), i18n::Language::sv, {});
        CHECK(text.substr(0, text.find('\n')) == "Id     Namn                      Kommun");
    }

    TEST_CASE("Swedish letters count one column each, wide characters two, combining marks none") {
        Table table;
        table.columns = {{"name", i18n::Msg::col_name}, {"id", i18n::Msg::col_id}};
        table.rows = {{Cell::plain("Åsa Öberg"), Cell::plain("a")},
                      {Cell::plain("東京都"), Cell::plain("b")},
                      {Cell::plain("Jose\xcc\x81"), Cell::plain("c")},  // e + combining acute
                      {Cell::plain("Ann"), Cell::plain("d")}};
        CHECK(to_text_table(table, i18n::Language::en, {}) ==
              "Name       Id\n"
              "Åsa Öberg  a\n"
              "東京都     b\n"
              "Jose\xcc\x81       c\n"
              "Ann        d\n");
    }

    TEST_CASE("control characters in a cell are shown as escapes and cannot move the cursor") {
        Table table;
        table.columns = {{"name", i18n::Msg::col_name}, {"id", i18n::Msg::col_id}};
        table.rows = {{Cell::plain("a\x1b[2Jb\tc\nd"), Cell::plain("x")}};
        const auto text = to_text_table(table, i18n::Language::en, {});
        CHECK(text == "Name             Id\na\\x1b[2Jb\\tc\\nd  x\n");
    }

    TEST_CASE("DEL and the C1 controls are shown as escapes too, the letters around them kept") {
        Table table;
        table.columns = {{"name", i18n::Msg::col_name}, {"id", i18n::Msg::col_id}};
        // U+009B is CSI, which some terminals obey like ESC [.
        table.rows = {{Cell::plain("a\xc2\x9b"
                                   "2Jb\x7f"
                                   "c\xc2\x85"
                                   "Ö\xc2\xa0å"),
                       Cell::plain("x")}};
        const auto text = to_text_table(table, i18n::Language::en, {});
        CHECK(text == "Name                      Id\na\\u009b2Jb\\x7fc\\u0085Ö\xc2\xa0å  x\n");
    }

    TEST_CASE("a bidi control cannot turn a cell around") {
        Table table;
        table.columns = {{"name", i18n::Msg::col_name}, {"id", i18n::Msg::col_id}};
        table.rows = {{Cell::plain("\u202Egnp.exe \u2066x\u2069"), Cell::plain("y")}};
        const auto text = to_text_table(table, i18n::Language::en, {});
        CHECK(text == "Name                         Id\n\\u202egnp.exe \\u2066x\\u2069  y\n");
    }

    TEST_CASE("columns for machines only are not shown") {
        auto table = centres();
        table.columns[0].machine_only = true;
        CHECK(to_text_table(table, i18n::Language::en, {}) ==
              "Name                      Municipality\n"
              "Familjecentralen i Kalix  Kalix\n"
              "Övertorneå                Övertorneå\n");
    }

    TEST_CASE("a line never ends in blanks, even when its last cells are empty") {
        auto table = centres();
        table.rows.push_back({Cell::plain("x"), Cell::null(), Cell::null()});
        const auto text = to_text_table(table, i18n::Language::en, {});
        CHECK(text.ends_with("\nx\n"));
        CHECK(text.find(" \n") == std::string::npos);
    }

    TEST_CASE("headers are bold only on a colour terminal") {
        const auto plain = to_text_table(centres(), i18n::Language::en, {});
        const auto colour = to_text_table(centres(), i18n::Language::en, {true});
        CHECK(plain.find('\x1b') == std::string::npos);
        CHECK(colour.starts_with("\x1b[1mId     Name                      Municipality\x1b[0m\n"));
        CHECK(colour.substr(colour.find('\n')) == plain.substr(plain.find('\n')));
    }

    TEST_CASE("a table without rows is its header line") {
        auto table = centres();
        table.rows.clear();
        CHECK(to_text_table(table, i18n::Language::en, {}) == "Id  Name  Municipality\n");
    }

    TEST_CASE("rows come out in the order given") {
        auto table = centres();
        std::swap(table.rows[0], table.rows[1]);
        const auto text = to_text_table(table, i18n::Language::en, {});
        CHECK(text.find("ovt") < text.find("kalix"));
    }
}

}  // namespace netadmin::render
