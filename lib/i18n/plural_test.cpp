#include "i18n/plural.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace netadmin::i18n;
using plural::Error;

namespace {

// The faults check() finds when compiling too: the build refuses a
// catalogue with any of them (i18n/catalog.cpp).
static_assert(plural::check("{0} {0|fil|filer}", "n") == Error::none);
static_assert(plural::check("{1} {1|fil|filer} {0:02}", "nn") == Error::none);
static_assert(plural::check("{0|a|b}", "t") == Error::not_a_count);
static_assert(plural::check("{1|a|b}", "n") == Error::not_a_count);
static_assert(plural::check("{0|a}", "n") == Error::not_two_forms);
static_assert(plural::check("{0|a|b|c}", "n") == Error::not_two_forms);
static_assert(plural::check("{0|a|b", "n") == Error::unclosed);
static_assert(plural::check("{0||b}", "n") == Error::empty_form);
static_assert(plural::check("{0|a|}", "n") == Error::empty_form);
static_assert(plural::check("{0|fel|fel}", "n") == Error::same_forms);
static_assert(plural::check("{0|a{1}|b}", "nt") == Error::brace_in_form);
static_assert(plural::check("{0} {{0|a}} {0:|>5}", "n") == Error::none);  // fmt's own syntax, no selector

std::string resolved(Language language, std::string_view pattern, std::int64_t n) {
    std::string out;
    const auto count = [n](std::size_t, std::int64_t& value) {
        value = n;
        return true;
    };
    CHECK(plural::resolve(language, pattern, count, out));
    return out;
}

}  // namespace

TEST_SUITE("i18n::plural") {
    TEST_CASE("one takes the singular, every other number the plural, in both languages") {
        for (const auto language : kLanguages) {
            CHECK(plural::form_of(language, 1) == 0);
            for (const std::int64_t n : {0, 2, 5, 11, 21, 101, -1}) CHECK(plural::form_of(language, n) == 1);
        }
        CHECK(resolved(Language::sv, "{0} {0|region|regioner}", 1) == "{0} region");
        CHECK(resolved(Language::sv, "{0} {0|region|regioner}", 0) == "{0} regioner");
        CHECK(resolved(Language::en, "{0|has|have} {0:02}", 2) == "have {0:02}");
        CHECK(resolved(Language::en, "no selector {0}", 2) == "no selector {0}");
    }
}
