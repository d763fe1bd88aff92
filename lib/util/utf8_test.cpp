// Tests for the UTF-8 helpers: validation, decoding, case folding and width.
#include "util/utf8.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace netadmin::util;

TEST_SUITE("util::utf8") {
    TEST_CASE("well-formed text of every sequence length is valid") {
        CHECK(is_valid_utf8(""));
        CHECK(is_valid_utf8("plain ASCII"));
        CHECK(is_valid_utf8("Övertorneå"));
        CHECK(is_valid_utf8("東京"));
        CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));  // U+1F600
        CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
    }

    TEST_CASE("overlongs, surrogates, truncation and out-of-range bytes are invalid") {
        CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
        CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong '/'
        CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
        CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
        CHECK_FALSE(is_valid_utf8("\xC3"));              // truncated
        CHECK_FALSE(is_valid_utf8("ab\xE6\x9D"));        // truncated at the end
        CHECK_FALSE(is_valid_utf8("\x80"));              // lone continuation
        CHECK_FALSE(is_valid_utf8("\xFF"));
        CHECK_FALSE(is_valid_utf8("\xC3x"));  // lead byte without its continuation
    }

    TEST_CASE("decoding advances past each code point") {
        const std::string text = "aå東\xF0\x9F\x98\x80";
        std::size_t pos = 0;
        CHECK(decode_utf8(text, pos) == U'a');
        CHECK(pos == 1);
        CHECK(decode_utf8(text, pos) == U'å');
        CHECK(pos == 3);
        CHECK(decode_utf8(text, pos) == U'東');
        CHECK(pos == 6);
        CHECK(decode_utf8(text, pos) == U'\U0001F600');
        CHECK(pos == text.size());
    }

    TEST_CASE("invalid bytes decode to U+FFFD one byte at a time") {
        const std::string text = "\xC3x\xE6\x9D";
        std::size_t pos = 0;
        CHECK(decode_utf8(text, pos) == 0xFFFD);
        CHECK(pos == 1);
        CHECK(decode_utf8(text, pos) == U'x');
        CHECK(decode_utf8(text, pos) == 0xFFFD);
        CHECK(pos == 3);
        CHECK(decode_utf8(text, pos) == 0xFFFD);
        CHECK(pos == 4);
    }

    TEST_CASE("append_utf8 round-trips through decode_utf8") {
        for (const char32_t cp :
             {U'\0', U'A', U'\u00E5', U'\u07FF', U'\u0800', U'\uFFFD', U'\U00010000', U'\U0010FFFF'}) {
            std::string out;
            append_utf8(out, cp);
            std::size_t pos = 0;
            CHECK(decode_utf8(out, pos) == cp);
            CHECK(pos == out.size());
        }
        std::string bad;
        append_utf8(bad, 0xD800);
        CHECK(bad == "\xEF\xBF\xBD");
    }

    TEST_CASE("to_lower handles ASCII and Swedish and other Latin letters") {
        CHECK(to_lower("ÖVERTORNEÅ Älvsbyn") == "övertorneå älvsbyn");
        CHECK(to_lower("ÉÈÜÆØ ŁŠŽ Ÿ") == "éèüæø łšž ÿ");
        CHECK(to_lower("İ") == "i");
        CHECK(to_lower("× ß 東京 123") == "× ß 東京 123");
    }

    TEST_CASE("to_lower keeps invalid bytes as they were") {
        CHECK(to_lower("A\xFF"
                       "B") ==
              "a\xFF"
              "b");
    }

    TEST_CASE("fold_for_match lowercases and strips diacritics") {
        CHECK(fold_for_match("Övertorneå") == "overtornea");
        CHECK(fold_for_match("Ängelholm") == "angelholm");
        CHECK(fold_for_match("Café Über") == "cafe uber");
        CHECK(fold_for_match("Søren Æbelø") == "soren aebelo");
        CHECK(fold_for_match("Straße") == "strasse");
    }

    TEST_CASE("fold_for_match keeps hyphens underscores and spaces") {
        CHECK(fold_for_match("Upplands-Bro kommun_id") == "upplands-bro kommun_id");
    }

    TEST_CASE("fold_for_match drops decomposed combining accents") {
        CHECK(fold_for_match("A\u030Are") == "are");
        CHECK(fold_for_match("e\u0301") == "e");
    }

    TEST_CASE("display_width counts terminal columns") {
        CHECK(display_width("") == 0);
        CHECK(display_width("Kalix") == 5);
        CHECK(display_width("Övertorneå") == 10);
        CHECK(display_width("A\u030Are") == 3);  // combining ring takes no column
        CHECK(display_width("東京") == 4);
        CHECK(display_width("ＡＢ") == 4);      // fullwidth forms
        CHECK(display_width("a\tb\x1b") == 2);  // control characters take none
        CHECK(display_width("a\x7f b") == 3);   // DEL too
        CHECK(display_width("\xF0\x9F\x98\x80") == 2);
    }
}
