#include "util/visible.hpp"

#include <doctest/doctest.h>

using netadmin::util::strip_controls;
using netadmin::util::visible_controls;

TEST_SUITE("util::visible") {
    TEST_CASE("control characters are shown as escapes and other text is kept") {
        CHECK(visible_controls("Åsa\nforged line") == "Åsa\\nforged line");
        CHECK(visible_controls("a\x1b[31mred\r") == "a\\x1b[31mred\\r");
        CHECK(visible_controls("del\x7f") == "del\\x7f");
        CHECK(visible_controls("csi\xc2\x9b") == "csi\\u009b");
        CHECK(visible_controls("Övertorneå – é") == "Övertorneå – é");
    }
    TEST_CASE("stripping keeps line breaks only in bodies") {
        CHECK(strip_controls("a\x1b[31m\r\nb\tc", true) == "a[31m\nb\tc");
        CHECK(strip_controls("a\nb\x01\xc2\x85"
                             "c",
                             false) == "a bc");
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
