// Unit tests of render/markdown: a table for GitHub and GitLab (the
// escaping of one cell is pinned in escaping_test.cpp).
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
                     {"municipality_code", i18n::Msg::col_municipality, true},
                     {"municipality", i18n::Msg::col_municipality}};
    table.rows = {{Cell::plain("kalix"), Cell::plain("2514"), Cell::pair("Kalix", "2514")},
                  {Cell::plain("a|b"), Cell::plain("2518"), Cell::pair("Övertorneå\n<b>", "2518")}};
    return table;
}

}  // namespace

TEST_SUITE("render::markdown") {
    TEST_CASE("a header row in the language asked for, a rule, one row per row, machine-only columns left out") {
        CHECK(to_markdown(sample(), i18n::Language::sv) ==
              "| Id | Kommun |\n"
              "| --- | --- |\n"
              "| kalix | Kalix |\n"
              "| a\\|b | Övertorneå<br>&lt;b&gt; |\n");
        CHECK(to_markdown(sample(), i18n::Language::en).starts_with("| Id | Municipality |\n| --- | --- |\n"));
    }

    TEST_CASE("cells show the text for people, not the machine value") {
        const auto text = to_markdown(sample(), i18n::Language::en);
        CHECK(text.find("| Kalix |") != std::string::npos);
        CHECK(text.find("2514") == std::string::npos);
    }

    TEST_CASE("a table without rows is its header and rule") {
        auto table = sample();
        table.rows.clear();
        CHECK(to_markdown(table, i18n::Language::en) == "| Id | Municipality |\n| --- | --- |\n");
    }
}

}  // namespace netadmin::render
