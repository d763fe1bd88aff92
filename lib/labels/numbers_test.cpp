#include "labels/numbers.hpp"

#include <doctest/doctest.h>

using namespace netadmin;
using i18n::Language;

TEST_SUITE("labels::numbers") {
    TEST_CASE("approximate counts say so and large numbers are grouped") {
        CHECK(labels::format_count(Language::sv, {30, model::Approx::about}) == "cirka 30");
        CHECK(labels::format_count(Language::en, {800, model::Approx::nearly}) == "nearly 800");
        CHECK(labels::format_count(Language::sv, {2500, model::Approx::exact}) == "2500");
        CHECK(labels::format_count(Language::en, {1234567, model::Approx::exact}) == "1,234,567");
        CHECK(labels::format_count(Language::sv, {12000, model::Approx::exact}) == "12\u00a0000");
    }
}
