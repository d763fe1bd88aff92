// Unit tests of render/wrap: lines of at most a width in terminal columns.
#include "render/wrap.hpp"

#include "util/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace netadmin::render {

using Lines = std::vector<std::string>;

TEST_SUITE("render::wrap") {
    TEST_CASE("words fill a line up to the width exactly, then go on the next") {
        CHECK(wrap_words("aaa bbb ccc", 7) == Lines{"aaa bbb", "ccc"});
        CHECK(wrap_words("aaa bbb ccc", 6) == Lines{"aaa", "bbb", "ccc"});
        CHECK(wrap_words("aaa bbb ccc", 11) == Lines{"aaa bbb ccc"});
    }

    TEST_CASE("runs of blanks, tabs and line breaks count as one space") {
        CHECK(wrap_words("  a \t b\n\nc \r\n", 80) == Lines{"a b c"});
    }

    TEST_CASE("empty or blank text is one empty line") {
        CHECK(wrap_words("", 10) == Lines{""});
        CHECK(wrap_words(" \n ", 10) == Lines{""});
    }

    TEST_CASE("a word longer than the line stands whole on a line of its own") {
        CHECK(wrap_words("se https://example.org/lång-adress här", 10) ==
              Lines{"se", "https://example.org/lång-adress", "här"});
    }

    TEST_CASE("width is counted in columns: Swedish letters one, wide characters two") {
        CHECK(wrap_words("åäö ÅÄÖ", 7) == Lines{"åäö ÅÄÖ"});
        CHECK(wrap_words("東京 大阪", 5) == Lines{"東京", "大阪"});
        CHECK(wrap_words("東京 大阪", 9) == Lines{"東京 大阪"});
        for (const auto& line : wrap_words("Övertorneå Älvsbyn Överkalix 東京都 Haparanda", 12)) {
            CHECK(util::display_width(line) <= 12);
        }
    }

    TEST_CASE("a prefix goes before the first line and another before the rest") {
        const std::string words = "alfa beta gamma delta epsilon zeta eta theta iota kappa lambda";
        CHECK(wrap_with_prefix(words, 30, "  - ", "    ") ==
              "  - alfa beta gamma delta\n"
              "    epsilon zeta eta theta\n"
              "    iota kappa lambda\n");
    }

    TEST_CASE("an empty text keeps its prefix without trailing blanks") {
        CHECK(wrap_with_prefix("", 80, "  Label:  ", "    ") == "  Label:\n");
    }

    TEST_CASE("a prefix wider than the line still leaves twenty columns for the words") {
        const std::string prefix(70, '>');
        const auto text = wrap_with_prefix("aaaa bbbb cccc dddd eeee ffff", 80, prefix, prefix);
        CHECK(text == prefix + "aaaa bbbb cccc dddd\n" + prefix + "eeee ffff\n");
    }
}

}  // namespace netadmin::render
