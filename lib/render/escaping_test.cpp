// Output safety: whatever a registry value holds, it stays one cell. CSV
// cells never become spreadsheet formulas, markdown cells never become
// markup or break the table, JSON strings stay valid JSON.
#include "render/format.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace netadmin::render;
using namespace std::string_literals;

TEST_SUITE("render::escaping") {
    TEST_CASE("csv cells that a spreadsheet would run as a formula get an apostrophe") {
        CHECK(csv_field("=1+2") == "\"'=1+2\"");  // quoted: the apostrophe is a special character
        CHECK(csv_field("+46 70 123") == "\"'+46 70 123\"");
        CHECK(csv_field("-2") == "\"'-2\"");
        CHECK(csv_field("@SUM(A1:A3)") == "\"'@SUM(A1:A3)\"");
        CHECK(csv_field("\tcmd") == "\"'\tcmd\"");
        CHECK(csv_field("\r=1") == "\"'\r=1\"");
        // An apostrophe of the value's own gets one more, which the import takes off.
        CHECK(csv_field("'=x") == "\"''=x\"");
        CHECK(csv_field("'quoted") == "\"''quoted\"");
        CHECK(csv_field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    TEST_CASE("csv cells with the same characters later on are left alone") {
        CHECK(csv_field("Kalix") == "Kalix");
        CHECK(csv_field("a=b") == "a=b");
        CHECK(csv_field("Malung-Sälen") == "Malung-Sälen");
        CHECK(csv_field("nina@norrbotten.se") == "nina@norrbotten.se");
        CHECK(csv_field("") == "");
    }

    TEST_CASE("csv cells with separators, quotes and line breaks are quoted") {
        CHECK(csv_field("a,b") == "\"a,b\"");
        CHECK(csv_field("say \"hej\"") == "\"say \"\"hej\"\"\"");
        CHECK(csv_field("two\nlines") == "\"two\nlines\"");
        CHECK(csv_field("two\r\nlines") == "\"two\r\nlines\"");
    }

    TEST_CASE("markdown cells cannot break the table or inject markup") {
        CHECK(markdown_cell("a|b") == "a\\|b");
        CHECK(markdown_cell("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
        CHECK(markdown_cell("[klick](javascript:alert(1))") == "\\[klick\\](javascript:alert(1))");
        CHECK(markdown_cell("![bild](http://x/y.png)") == "!\\[bild\\](http://x/y.png)");
        CHECK(markdown_cell("*fet* _kursiv_ `kod`") == "\\*fet\\* \\_kursiv\\_ \\`kod\\`");
        CHECK(markdown_cell("# rubrik") == "\\# rubrik");
        CHECK(markdown_cell("C:\\temp") == "C:\\\\temp");
        CHECK(markdown_cell("&amp;") == "&amp;amp;");
    }

    TEST_CASE("markdown cells keep one line") {
        CHECK(markdown_cell("rad ett\nrad två") == "rad ett<br>rad två");
        CHECK(markdown_cell("rad ett\r\nrad två") == "rad ett<br>rad två");
        CHECK(markdown_cell("a\n| b | c |") == "a<br>\\| b \\| c \\|");
    }

    TEST_CASE("json strings escape quotes, backslashes and every control character") {
        CHECK(json_string("say \"hej\"") == "\"say \\\"hej\\\"\"");
        CHECK(json_string("C:\\temp") == "\"C:\\\\temp\"");
        CHECK(json_string("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
        CHECK(json_string("\b\f") == "\"\\b\\f\"");
        CHECK(json_string("\x01\x1f") == "\"\\u0001\\u001f\"");
        CHECK(json_string("a\0b"s) == "\"a\\u0000b\"");
        CHECK(json_string("\x1b[31mred") == "\"\\u001b[31mred\"");
    }

    TEST_CASE("json strings keep UTF-8 and printable ASCII as they are") {
        CHECK(json_string("Övertorneå") == "\"Övertorneå\"");
        CHECK(json_string("</script>") == "\"</script>\"");
        CHECK(json_string("\x7f") == "\"\\u007f\"");  // DEL, a control (util/visible.hpp)
        for (int c = 0; c < 0x20; ++c) {
            const auto escaped = json_string(std::string(1, static_cast<char>(c)));
            INFO("control character " << c);
            CHECK(escaped.size() > 3);  // never the raw byte between the quotes
            CHECK(escaped.find(static_cast<char>(c)) == std::string::npos);
        }
    }
}
