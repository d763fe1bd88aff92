// The printable sign-in sheet: headings, pages of 30 names, escaping.
#include "render/sign_in_sheet.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

constexpr const char* kRegistry = R"(
[[source]]
id = "s"
title = "Source"

[region]
id = "north"
county = "25"
sources = ["s"]

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
sources = ["s"]

[[meeting]]
id = "s1"
kind = "network-meeting"
title = "One"
date = 2023-09-13
place = "Kalix"
sources = ["s"]
)";

const model::Registry& registry() {
    static const auto result = [] {
        load::Diagnostics ignored;
        auto reference = load::load_reference(testing::reference_dir(), ignored);
        return load::load_registry_from_sources({{"north.toml", kRegistry}}, std::move(reference));
    }();
    REQUIRE_FALSE(result.diagnostics.has_errors());
    return result.registry;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_SUITE("render::sign_in_sheet") {
    TEST_CASE("31 names: two pages, the meeting on each, workplaces escaped") {
        std::vector<people::SignInRow> rows;
        rows.push_back({"Åsa", "a@example.se", "Familjecentralen i Kalix", true, std::nullopt});
        for (int i = 1; i < 31; ++i) {
            rows.push_back(
                {"Ö " + std::to_string(i), "p" + std::to_string(i) + "@example.se", "BVC <Ost>", true, std::nullopt});
        }
        const auto html = render::sign_in_sheet_html(registry(), *registry().meeting("s1"), rows, i18n::Language::en);
        CHECK(contains(html, "Sign-in sheet: One"));
        CHECK(contains(html, "Wednesday 13 September 2023, Kalix"));
        CHECK(contains(html, "page 1 of 2"));
        CHECK(contains(html, "page 2 of 2"));
        CHECK(contains(html, "BVC &lt;Ost&gt;"));
        CHECK_FALSE(contains(html, "BVC <Ost>"));
        CHECK(contains(html, "Familjecentralen i Kalix"));
        CHECK(contains(html, "<td>31</td>"));
        CHECK_FALSE(contains(html, "Nobody registered"));
    }

    TEST_CASE("nobody yet: one page to fill in by hand, in Swedish") {
        const auto html = render::sign_in_sheet_html(registry(), *registry().meeting("s1"), {}, i18n::Language::sv);
        CHECK(contains(html, "Närvarolista: One"));
        CHECK(contains(html, "sida 1 av 1"));
        CHECK(contains(html, "fyll i namnen för hand"));
    }
}
