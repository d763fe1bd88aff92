// What the edit engine's tests share (document_test.cpp,
// document_tables_test.cpp): a fixture parsed, an edit that must succeed,
// and its result read back with toml++.
#pragma once

#include "edit/document.hpp"

#include <doctest/doctest.h>
#include <toml++/toml.h>

#include <string>
#include <string_view>
#include <utility>

namespace netadmin::edit::testing {

inline Document parsed(const std::string& text) {
    auto result = Document::parse("test.toml", text);
    REQUIRE_MESSAGE(result.ok(), "the fixture does not parse");
    return std::move(result).value();
}

inline std::string edited(const catalog::Result<std::string>& result) {
    REQUIRE_MESSAGE(result.ok(), "the edit failed: " << (result ? 0 : static_cast<int>(result.problem().msg())));
    return *result;
}

inline toml::table reparsed(const std::string& text) {
    try {
        return toml::parse(std::string_view(text), std::string_view("result.toml"));
    } catch (const toml::parse_error& error) {
        FAIL("the result does not parse: " << error.description() << "\n" << text);
    }
    return {};
}

}  // namespace netadmin::edit::testing
