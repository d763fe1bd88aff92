// Each row of the table of toml++ syntax errors, met by parsing real broken
// text with the toml++ netadmin is built with: when toml++ words an error
// differently, the row's test says so here instead of the message quietly
// falling back to toml++'s English.
#include "load/toml_error.hpp"

#include "load/diagnostic.hpp"
#include "load/toml_source.hpp"

#include <doctest/doctest.h>
#include <toml++/toml.h>

#include <string>

namespace netadmin::load {
namespace {

// What `check` prints for `text` as f.toml, in `language`.
std::string said(const std::string& text, i18n::Language language = i18n::Language::en) {
    try {
        (void)toml::parse(std::string_view(text), std::string_view("f.toml"));
    } catch (const toml::parse_error& error) {
        const auto& at = error.source().begin;
        auto problem = describe_toml_error(error.description(), Location{"f.toml", at.line, at.column}, text);
        const auto where = *problem.where();
        return render(Diagnostic(std::move(problem), where), language);
    }
    return "parsed";
}

TEST_SUITE("load::describe_toml_error") {
    TEST_CASE("an unquoted word is shown quoted, with its key") {
        CHECK(said("kind = similar\n") ==
              "f.toml:1:8: error: the value 'similar' is not in quotes; put the value in quotes: kind = \"similar\"");
        CHECK(said("kind = similar\n", i18n::Language::sv) ==
              "f.toml:1:8: error: värdet 'similar' saknar citattecken; sätt citattecken runt värdet: kind = "
              "\"similar\"");
        CHECK(said("operations = [bvc, mvc]\n") ==
              "f.toml:1:15: error: the value 'bvc' is not in quotes; put the value in quotes: \"bvc\"");
    }

    TEST_CASE("a date or a time cut short is an unquoted value") {
        CHECK(said("opened = 2019-05\n") ==
              "f.toml:1:10: error: the value '2019-05' is not in quotes; put the value in quotes: opened = "
              "\"2019-05\"");
        CHECK(said("start = 08:30\n") ==
              "f.toml:1:9: error: the value '08:30' is not in quotes; put the value in quotes: start = \"08:30\"");
    }

    TEST_CASE("a string without its closing quote") {
        CHECK(said("[region]\nname = \"Kalix\nx = 1\n") ==
              "f.toml:2:14: error: the text is missing its closing quote; end the text with \" on the same line");
        CHECK(said("name = 'Kalix") ==
              "f.toml:1:14: error: the text is missing its closing quote; end the text with ' on the same line");
        CHECK(said("name = \"Kalix\r\nx = 1\r\n").starts_with("f.toml:1:14: error: the text is missing its closing"));
    }

    TEST_CASE("a control character in a string is named") {
        CHECK(said("note = \"a\x07"
                   "b\"\n") ==
              "f.toml:1:10: error: the text holds the control character U+0007, which TOML allows only escaped; "
              "remove it, or write it as \\u0007");
    }

    TEST_CASE("an unknown escape is shown at its backslash") {
        CHECK(said("path = \"C:\\qa\"\n") ==
              "f.toml:1:11: error: unknown escape sequence in the text: '\\q'; write \\\\ for a backslash, or put "
              "the text in 'single quotes'");
    }

    TEST_CASE("an impossible date is named at its first digit") {
        CHECK(said("held = 2027-02-30\n") ==
              "f.toml:1:8: error: the date '2027-02-30' does not exist: the month has 28 days");
        CHECK(said("held = 2027-02-30\n", i18n::Language::sv) ==
              "f.toml:1:8: error: datumet '2027-02-30' finns inte: månaden har 28 dagar");
        CHECK(said("held = 2027-13-01\n") ==
              "f.toml:1:8: error: the date '2027-13-01' does not exist: months are 01–12");
        CHECK(said("at = 25:00:00\n") == "f.toml:1:6: error: the time '25:00:00' does not exist");
    }

    TEST_CASE("a key defined twice is shown at the key, with the first place") {
        CHECK(said("[region]\nname = \"a\"\nid = \"x\"\nname = \"b\"\n") ==
              "f.toml:4:1: error: the key 'name' is already defined in this table, at line 2; remove one of them");
        // The same key under another table is not the first definition.
        CHECK(said("name = 1\n[region]\nname = 2\n name = 3\n") ==
              "f.toml:4:2: error: the key 'name' is already defined in this table, at line 3; remove one of them");
        CHECK(said("x = {a = 1, a = 2}\n") ==
              "f.toml:1:13: error: the key 'a' is already defined in this table; remove one of them");
    }

    TEST_CASE("a table defined twice names its header and the first place") {
        CHECK(said("[region]\nid = \"n\"\n\n[region]\n") ==
              "f.toml:4:1: error: the table [region] is already defined, at line 1; gather its keys under one "
              "[region]");
        CHECK(said("[centre]\nid = \"a\"\n[[centre]]\n") ==
              "f.toml:3:1: error: 'centre' is written both as [centre] and [[centre]]; a list of tables is written "
              "[[centre]] every time");
    }

    TEST_CASE("a table header without its closing bracket") {
        CHECK(said("[region\nid = 1\n") ==
              "f.toml:1:8: error: the table header is missing its closing ']'; write [region]");
        CHECK(said("[[centre\nid = 1\n") ==
              "f.toml:1:9: error: the table header is missing its closing ']'; write [[centre]]");
        CHECK(said("[[centre]") == "f.toml:1:10: error: the table header is missing its closing ']'; write [[centre]]");
    }

    TEST_CASE("a list without its closing bracket or its commas") {
        CHECK(said("topics = [\"a\", \"b\"\n") ==
              "f.toml:1:20: error: a list is missing its closing ']'; end the list with ']' after its last value");
        CHECK(said("topics = [\"a\", \"b\"\nx = 1\n") ==
              "f.toml:2:1: error: a list is missing its closing ']'; end the list with ']' after its last value");
        CHECK(said("topics = [\"a\" \"b\"]\n") ==
              "f.toml:1:15: error: a comma is missing between the values of the list; separate the values with "
              "commas: [\"a\", \"b\"]");
    }

    TEST_CASE("a key without '=' or without a value") {
        CHECK(said("name \"Kalix\"\n") ==
              "f.toml:1:6: error: '=' is missing after the key 'name'; write name = and then the value (a key has "
              "no spaces)");
        CHECK(said("name") ==
              "f.toml:1:5: error: '=' is missing after the key 'name'; write name = and then the "
              "value (a key has no spaces)");
        CHECK(said("name =\nx = 1\n") ==
              "f.toml:1:7: error: the key 'name' has no value after '='; write a value after the '=', for example "
              "name = \"…\", or remove the line");
    }

    TEST_CASE("text after a value or a table header") {
        CHECK(said("name = \"Kalix\" FC\n") ==
              "f.toml:1:16: error: unexpected text 'FC' after the value; a line holds one value: put text with "
              "spaces in quotes, and start a comment with #");
        CHECK(said("[region]]\n") == "f.toml:1:9: error: unexpected text ']' after the table header");
    }

    TEST_CASE("anything else is toml++'s own text, wrapped") {
        CHECK(said("x = 99999999999999999999\n") ==
              "f.toml:1:25: error: TOML syntax error: Error while parsing decimal integer: '99999999999999999999' is "
              "not representable in 64 bits");
        CHECK(said("x = 1\n= 2\n").starts_with("f.toml:2:1: error: TOML syntax error: Error while parsing"));
    }

    TEST_CASE("a description or a place that is not as expected falls back") {
        const auto problem = describe_toml_error("something new", Location{"f.toml", 9, 99}, "a = 1\n");
        CHECK(problem.msg() == catalog::Msg::err_toml_syntax);
        CHECK(problem.where()->line == 9);
        const auto far = describe_toml_error("Error while parsing value: could not determine value type",
                                             Location{"f.toml", 40, 1}, "a = 1\n");
        CHECK(far.msg() == catalog::Msg::err_toml_syntax);
    }
}

TEST_SUITE("load::toml_source") {
    TEST_CASE("columns count characters, not bytes") {
        const std::string_view line = "ort = \"Övertorneå\" x";
        CHECK(toml_source::byte_of_column(line, 19) == 20);
        CHECK(toml_source::column_of_byte(line, 20) == 19);
        CHECK(toml_source::byte_of_column(line, 500) == line.size());
    }

    TEST_CASE("the quote still open at the end of a line") {
        CHECK(toml_source::open_quote("a = \"x\\\"y") == "\"");
        CHECK(toml_source::open_quote("a = 'x' # \"") == "\"");
        CHECK(toml_source::open_quote("a = ['x', '''y") == "'''");
    }

    TEST_CASE("a word is quoted as TOML writes it") { CHECK(toml_source::quoted("a\"b\\c") == "\"a\\\"b\\\\c\""); }
}

}  // namespace
}  // namespace netadmin::load
