#include "i18n/numbers.hpp"

#include <doctest/doctest.h>

using namespace netadmin;
using i18n::Language;

TEST_SUITE("i18n::numbers") {
    TEST_CASE("approximate counts say so and large numbers are grouped") {
        CHECK(i18n::format_count(Language::sv, {30, model::Approx::about}) == "cirka 30");
        CHECK(i18n::format_count(Language::en, {800, model::Approx::nearly}) == "nearly 800");
        CHECK(i18n::format_count(Language::sv, {2500, model::Approx::exact}) == "2500");
        CHECK(i18n::format_count(Language::en, {1234567, model::Approx::exact}) == "1,234,567");
        CHECK(i18n::format_count(Language::sv, {12000, model::Approx::exact}) == "12\u00a0000");
    }
}
