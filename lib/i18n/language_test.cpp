#include "i18n/language.hpp"

#include <doctest/doctest.h>

using netadmin::i18n::Language;
using netadmin::i18n::language_from_locale;
using netadmin::i18n::parse_language;

TEST_SUITE("i18n::language") {
    TEST_CASE("LC_ALL wins over LC_MESSAGES and LANG") {
        CHECK(language_from_locale("sv_SE.UTF-8", "C", "C") == Language::sv);
        CHECK(language_from_locale("C", "sv_SE.UTF-8", "sv_SE.UTF-8") == Language::en);
    }
    TEST_CASE("empty variables are skipped") {
        CHECK(language_from_locale("", nullptr, "sv_FI.UTF-8") == Language::sv);
        CHECK(language_from_locale(nullptr, nullptr, nullptr) == Language::en);
    }
    TEST_CASE("the C locale and other languages give English") {
        CHECK(language_from_locale(nullptr, nullptr, "C") == Language::en);
        CHECK(language_from_locale(nullptr, nullptr, "de_DE.UTF-8") == Language::en);
    }
    TEST_CASE("--lang accepts codes and locale names") {
        CHECK(parse_language("sv") == Language::sv);
        CHECK(parse_language("en_GB") == Language::en);
        CHECK(parse_language("SV") == Language::sv);
        CHECK(parse_language("En") == Language::en);
        CHECK_FALSE(parse_language("svenska"));
        CHECK_FALSE(parse_language("fi"));
    }
    TEST_CASE("the list of choices names every language once") { CHECK(netadmin::i18n::language_names() == "sv, en"); }
}
