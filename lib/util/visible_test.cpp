#include "util/visible.hpp"

#include <doctest/doctest.h>

using netadmin::util::find_hidden;
using netadmin::util::hidden_at;
using netadmin::util::strip_controls;
using netadmin::util::visible_controls;
using netadmin::util::visible_controls_in_lines;

TEST_SUITE("util::visible") {
    TEST_CASE("control characters are shown as escapes and other text is kept") {
        CHECK(visible_controls("Åsa\nforged line") == "Åsa\\nforged line");
        CHECK(visible_controls("a\x1b[31mred\r") == "a\\x1b[31mred\\r");
        CHECK(visible_controls("del\x7f") == "del\\x7f");
        CHECK(visible_controls("csi\xc2\x9b") == "csi\\u009b");
        CHECK(visible_controls("Övertorneå – é") == "Övertorneå – é");
    }
    TEST_CASE("bidi controls and marks are shown as escapes") {
        CHECK(visible_controls("g\u202Egnp.exe") == "g\\u202egnp.exe");
        CHECK(visible_controls("\u2066a\u2069 \u202A\u202B\u202C\u202D") ==
              "\\u2066a\\u2069 \\u202a\\u202b\\u202c\\u202d");
        CHECK(visible_controls("\u200E\u200F\u061C") == "\\u200e\\u200f\\u061c");
        CHECK(visible_controls("nel\u0085") == "nel\\u0085");
    }
    TEST_CASE("the neighbours of the hidden characters are kept") {
        // U+2010 (hyphen), U+2065, U+206A, U+2029, U+0600, U+00A0: same lead bytes, not hidden
        const std::string kept = "\u2010\u2065\u206A\u2029\u0600\u00A0\u2013\u201D";
        CHECK(visible_controls(kept) == kept);
        CHECK(strip_controls(kept, false) == kept);
        CHECK_FALSE(find_hidden(kept).has_value());
    }
    TEST_CASE("a lead byte without its continuation is not a hidden character") {
        CHECK_FALSE(hidden_at("\xe2\x80", 0).has_value());
        CHECK_FALSE(hidden_at("\xc2", 0).has_value());
        CHECK(visible_controls("a\xe2\x80") == "a\xe2\x80");
    }
    TEST_CASE("stripping keeps line breaks only in bodies") {
        CHECK(strip_controls("a\x1b[31m\r\nb\tc", true) == "a[31m\nb\tc");
        CHECK(strip_controls("a\nb\x01\xc2\x85"
                             "c",
                             false) == "a bc");
        CHECK(strip_controls("exe.\u202Egnp\u2066x\u2069\u200F", false) == "exe.gnpx");
    }
    TEST_CASE("text of several lines keeps its line breaks and shows the rest") {
        CHECK(visible_controls_in_lines("Hej\x1b[2J\r\nrad\x07 två\n\tslut\r") ==
              "Hej\\x1b[2J\nrad\\x07 två\n\tslut\\r");
        CHECK(visible_controls_in_lines("a\u202Eb") == "a\\u202eb");
    }
    TEST_CASE("find_hidden allows line breaks and tabs and finds the rest") {
        CHECK_FALSE(find_hidden("rad1\r\nrad2\tx").has_value());
        const auto found = find_hidden("ab\u202Ec");
        REQUIRE(found.has_value());
        CHECK(found->offset == 2);
        CHECK(found->code == 0x202E);
        CHECK(find_hidden("x\x07")->code == 7);
    }

    TEST_CASE("visible_excerpt: one short line of any value") {
        using netadmin::util::visible_excerpt;
        CHECK(visible_excerpt("Åsa\n\x1b]0;owned\x07\x1b[2J") == "Åsa\\n\\x1b]0;owned\\x07\\x1b[2J");
        CHECK(visible_excerpt("Övertorneå", 4) == "Över…");
        CHECK(visible_excerpt("Övertorneå", 10) == "Övertorneå");
        // The cut falls before an escape, never inside it.
        CHECK(visible_excerpt("ab\ncd", 2) == "ab…");
        CHECK(visible_excerpt("ab\ncd", 3) == "ab\\n…");
        const auto huge = visible_excerpt(std::string(1024 * 1024, 'x'));
        CHECK(huge.size() < 300);
        CHECK(huge.ends_with("…"));
    }
}
