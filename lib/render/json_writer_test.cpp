// Unit tests of render/json_writer: nested JSON with two-space
// indentation, keys in the order written.
#include "render/json_writer.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace netadmin::render {

TEST_SUITE("render::json_writer") {
    TEST_CASE("objects and arrays nest with two spaces per level and commas between values") {
        JsonWriter json;
        json.begin_object()
            .string("id", "norrbotten")
            .number("centres", 5)
            .boolean("known", true)
            .null("births")
            .begin_array("meetings")
            .begin_object()
            .string("id", "m")
            .end_object()
            .end_array()
            .begin_object("totals")
            .number("full", 2)
            .end_object()
            .end_object();
        CHECK(json.finish() ==
              "{\n"
              "  \"id\": \"norrbotten\",\n"
              "  \"centres\": 5,\n"
              "  \"known\": true,\n"
              "  \"births\": null,\n"
              "  \"meetings\": [\n"
              "    {\n"
              "      \"id\": \"m\"\n"
              "    }\n"
              "  ],\n"
              "  \"totals\": {\n"
              "    \"full\": 2\n"
              "  }\n"
              "}\n");
    }

    TEST_CASE("an empty object and an empty array close on their own line") {
        JsonWriter json;
        json.begin_object().begin_object("a").end_object().begin_array("b").end_array().end_object();
        CHECK(json.finish() == "{\n  \"a\": {},\n  \"b\": []\n}\n");
    }

    TEST_CASE("empty text and unset numbers are null") {
        JsonWriter json;
        json.begin_object()
            .string_or_null("email", "")
            .string_or_null("name", "Nina")
            .number_or_null("births", std::nullopt)
            .number_or_null("parts", 3)
            .end_object();
        CHECK(json.finish() ==
              "{\n  \"email\": null,\n  \"name\": \"Nina\",\n  \"births\": null,\n  \"parts\": 3\n}\n");
    }

    TEST_CASE("a list of strings is an array of items, one per line") {
        JsonWriter json;
        json.begin_object().strings("topics", {"utbildning", "samverkan"}).strings("none", {}).end_object();
        CHECK(json.finish() == "{\n  \"topics\": [\n    \"utbildning\",\n    \"samverkan\"\n  ],\n  \"none\": []\n}\n");
    }

    TEST_CASE("keys and values are escaped, UTF-8 kept") {
        JsonWriter json;
        json.begin_object().string("a\"b", "Övertorneå\n\x01").end_object();
        CHECK(json.finish() == "{\n  \"a\\\"b\": \"Övertorneå\\n\\u0001\"\n}\n");
    }

    TEST_CASE("numbers are written in full, from the smallest to the largest") {
        JsonWriter json;
        json.begin_array().end_array();
        CHECK(json.finish() == "[]\n");
        JsonWriter numbers;
        numbers.begin_object()
            .number("min", std::numeric_limits<std::int64_t>::min())
            .number("max", std::numeric_limits<std::int64_t>::max())
            .number("zero", 0)
            .end_object();
        CHECK(numbers.finish() ==
              "{\n  \"min\": -9223372036854775808,\n  \"max\": 9223372036854775807,\n  \"zero\": 0\n}\n");
    }

    TEST_CASE("the same calls give the same bytes") {
        auto write = [] {
            JsonWriter json;
            json.begin_object().string("b", "2").string("a", "1").end_object();
            return json.finish();
        };
        CHECK(write() == write());
        CHECK(write() == "{\n  \"b\": \"2\",\n  \"a\": \"1\"\n}\n");
    }
}

}  // namespace netadmin::render
