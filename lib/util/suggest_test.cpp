// Tests for the "did you mean …?" hints.
#include "util/suggest.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

using namespace netadmin::util;

namespace {

const std::vector<std::string>& municipalities() {
    static const std::vector<std::string> names = {"Arjeplog", "Älvsbyn", "Åre", "Kalix", "Övertorneå", "Vara"};
    return names;
}

}  // namespace

TEST_SUITE("util::suggest") {
    TEST_CASE("edit distance counts insertions deletions and substitutions") {
        CHECK(edit_distance("", "") == 0);
        CHECK(edit_distance("abc", "") == 3);
        CHECK(edit_distance("", "abc") == 3);
        CHECK(edit_distance("kitten", "sitting") == 3);
        CHECK(edit_distance("Kalix", "Kalx") == 1);
        CHECK(edit_distance("flaw", "lawn") == 2);
    }

    TEST_CASE("edit distance counts code points not bytes") {
        CHECK(edit_distance("Åre", "Are") == 1);
        CHECK(edit_distance("Övertorneå", "Övertornea") == 1);
        CHECK(edit_distance("東京", "京") == 1);
    }

    TEST_CASE("a one-letter typo finds the intended name") {
        CHECK(closest_match("Kalx", municipalities()) == std::optional<std::string>("Kalix"));
        CHECK(closest_match("Arjeplg", municipalities()) == std::optional<std::string>("Arjeplog"));
    }

    TEST_CASE("an exact folded match always qualifies") {
        CHECK(closest_match("overtornea", municipalities()) == std::optional<std::string>("Övertorneå"));
        CHECK(closest_match("ARE", municipalities()) == std::optional<std::string>("Åre"));
        CHECK(closest_match("alvsbyn", municipalities()) == std::optional<std::string>("Älvsbyn"));
    }

    TEST_CASE("a word too far from every candidate gets no hint") {
        CHECK_FALSE(closest_match("Stockholm", municipalities()).has_value());
        CHECK_FALSE(closest_match("Kxxx", municipalities()).has_value());
        CHECK_FALSE(closest_match("", municipalities()).has_value());
        CHECK_FALSE(closest_match("Kalix", std::vector<std::string>{}).has_value());
    }

    TEST_CASE("the allowance is about a third of the word") {
        // "Ovrtrnea" is two edits from "overtornea" (8 letters -> 2 allowed).
        CHECK(closest_match("Ovrtrnea", municipalities()) == std::optional<std::string>("Övertorneå"));
        // Four letters allow only one edit: "Vraa" is two from "vara".
        CHECK_FALSE(closest_match("Vraa", municipalities()).has_value());
        // Short words still allow one.
        CHECK(closest_match("Ar", std::vector<std::string>{"Are"}) == std::optional<std::string>("Are"));
    }

    TEST_CASE("ties go to the earliest candidate") {
        const std::vector<std::string> first = {"cat", "bat"};
        const std::vector<std::string> second = {"bat", "cat"};
        CHECK(closest_match("mat", first) == std::optional<std::string>("cat"));
        CHECK(closest_match("mat", second) == std::optional<std::string>("bat"));
    }

    TEST_CASE("a closer later candidate beats an earlier one") {
        const std::vector<std::string> names = {"Stockholms", "Stockholm"};
        CHECK(edit_distance("stockholn", "stockholms") == 2);
        CHECK(closest_match("Stockholn", names) == std::optional<std::string>("Stockholm"));
    }

    TEST_CASE("string_view candidates work the same") {
        const std::array<std::string_view, 3> keys = {"name", "opened", "closed"};
        CHECK(closest_match("opend", std::span<const std::string_view>(keys)) == std::optional<std::string>("opened"));
        CHECK_FALSE(closest_match("zzzzz", std::span<const std::string_view>(keys)).has_value());
    }
}
