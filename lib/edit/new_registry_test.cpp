// netadmin init's files: a registry that loads without a single diagnostic.
#include "edit/new_registry.hpp"

#include "load/registry_loader.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

TEST_SUITE("edit::new_registry") {
    TEST_CASE("a county is found by code, name, short name, region name and id, in any case") {
        const auto& ref = testing::reference();
        for (const auto* value : {"25", "Norrbottens län", "norrbotten", "NORRBOTTEN", "Region Norrbotten"}) {
            CAPTURE(value);
            const auto* county = edit::find_county(ref, value);
            REQUIRE(county != nullptr);
            CHECK(county->code == "25");
        }
        const auto* vg = edit::find_county(ref, "vastra-gotaland");
        REQUIRE(vg != nullptr);
        CHECK(vg->name == "Västra Götalands län");
        CHECK(edit::region_id(*vg) == "vastra-gotaland");
        CHECK(edit::region_id(*edit::find_county(ref, "12")) == "skane");
        CHECK(edit::region_id(*edit::find_county(ref, "Jönköping")) == "jonkoping");
        CHECK(edit::find_county(ref, "Atlantis") == nullptr);
        CHECK(edit::find_county(ref, "") == nullptr);
    }

    TEST_CASE("every county's new registry loads with no error and no warning") {
        const auto& ref = testing::reference();
        REQUIRE(ref.counties().size() == 21);
        for (const auto& county : ref.counties()) {
            CAPTURE(county.name);
            std::vector<load::SourceFile> files;
            for (const auto& file : edit::new_registry(county, i18n::Language::en)) {
                if (!file.name.starts_with(".")) files.push_back({file.name, file.text});
            }
            const auto loaded = load::load_registry_from_sources(files, ref);
            for (const auto& diagnostic : loaded.diagnostics.items()) {
                CAPTURE(load::render(diagnostic, i18n::Language::en));
                CHECK(false);
            }
            REQUIRE(loaded.registry.regions.size() == 1);
            CHECK(loaded.registry.regions.front().county_code == county.code);
            CHECK(loaded.registry.regions.front().name == county.region_name);
            CHECK(loaded.registry.regions.front().id == edit::region_id(county));
        }
    }

    TEST_CASE("the commented examples are TOML once uncommented") {
        const auto& ref = testing::reference();
        const auto files = edit::new_registry(*edit::find_county(ref, "25"), i18n::Language::en);
        const auto& region = files.front().text;
        std::string uncommented;
        bool in_example = false;
        std::size_t examples = 0;
        std::size_t start = 0;
        while (start < region.size()) {
            const auto end = region.find('\n', start);
            std::string line = region.substr(start, end - start);
            start = end + 1;
            if (line.rfind("# [[", 0) == 0) {
                in_example = true;
                ++examples;
            }
            if (line.empty()) in_example = false;
            if (in_example) line = line.substr(2);
            uncommented += line + "\n";
        }
        CHECK(examples == 8);
        const auto loaded = load::load_registry_from_sources({{"r.toml", uncommented}}, ref);
        for (const auto& diagnostic : loaded.diagnostics.items()) {
            CAPTURE(load::render(diagnostic, i18n::Language::en));
            // Every TOML syntax message is an err_toml_* key (load/toml_error.hpp).
            CHECK_FALSE(catalog::key_name(diagnostic.msg()).starts_with("err_toml_"));
            CHECK(diagnostic.msg() != i18n::Msg::err_unknown_key);
        }
    }
}
