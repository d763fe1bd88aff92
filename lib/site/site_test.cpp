// The static site may only ever write inside its output directory: names
// that would leave it are refused before anything is written, and ids that
// cannot be file names are skipped and reported, never used.
#include "site/site.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

namespace netadmin::site {
namespace {

// Every path under `root`, relative to it.
std::set<std::string> tree(const std::filesystem::path& root) {
    std::set<std::string> paths;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        paths.insert(std::filesystem::relative(entry.path(), root).string());
    }
    return paths;
}

// Two regions, one with centres (county 25, 14 municipalities), and a
// programme: a page each, an index and a coverage page.
constexpr const char* kNorrbotten = R"(
[region]
id = "norrbotten"
county = "25"
name = "Region Norrbotten"

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
kind = "full"

[[centre]]
id = "pitea"
name = "Liknande i Piteå"
municipality = "Piteå"
kind = "similar"
)";

constexpr const char* kJonkoping = R"(
[region]
id = "jonkoping"
county = "06"
name = "Region Jönköpings län"

[[programme]]
id = "en-forelder-blir-till"
name = "En förälder blir till"
kind = "training"
starts = "2023-autumn"
)";

load::LoadResult sample() { return testing::load_valid({{"jkpg.toml", kJonkoping}, {"nb.toml", kNorrbotten}}); }

}  // namespace

TEST_SUITE("site::write_site") {
    TEST_CASE("a name that could leave the directory is refused and nothing is written anywhere") {
        const char* hostile[] = {"../x.html", "a/b.html", "/tmp/x.html", "..", ".", "", "sub/../../x.html", "x.html/"};
        for (const char* name : hostile) {
            CAPTURE(name);
            testing::TempDir root;
            const auto out = root.path() / "site" / "out";
            std::filesystem::create_directories(root.path() / "site" / "a");
            const auto before = tree(root.path());
            // A good file first: the refusal must come before any writing.
            const auto problem = write_site(out, {{"index.html", "<p>ok</p>"}, {name, "escaped"}});
            REQUIRE_FALSE(problem.ok());
            CHECK(problem.problem() == catalog::Problem(catalog::Msg::err_not_plain_file_name, name));
            CHECK(tree(root.path()) == before);
        }
    }

    TEST_CASE("plain names are written inside the directory") {
        testing::TempDir root;
        const auto out = root.path() / "out";
        CHECK(write_site(out, {{"index.html", "a"}, {"region-x.html", "b"}, {"a..b.html", "c"}}).ok());
        CHECK(tree(root.path()) ==
              std::set<std::string>{"out", "out/index.html", "out/region-x.html", "out/a..b.html"});
        CHECK(testing::read_file(out / "region-x.html") == "b");
    }

    TEST_CASE("only names of entries in the directory itself are plain") {
        CHECK(is_plain_file_name("region-norrbotten.html"));
        CHECK(is_plain_file_name("calendar.ics"));
        CHECK_FALSE(is_plain_file_name("../x.html"));
        CHECK_FALSE(is_plain_file_name("a/b.html"));
        CHECK_FALSE(is_plain_file_name(std::string("x\0/y", 4)));
        CHECK_FALSE(is_plain_file_name(".."));
        CHECK_FALSE(is_plain_file_name(""));
    }
}

TEST_SUITE("site::region_file") {
    TEST_CASE("site file names only from safe slugs") {
        CHECK(region_file("norrbotten") == "region-norrbotten.html");
        CHECK(region_file("../x").empty());
        CHECK(programme_file("a/b").empty());
        CHECK(programme_file("").empty());
        CHECK(programme_file("-x").empty());
    }
}

TEST_SUITE("site::build_site") {
    TEST_CASE("ids that cannot be file names are skipped and reported, and every page name is plain") {
        // The loader refuses such ids (tests/errors/invalid-ids); this is the
        // second line, for a registry that was made some other way.
        auto loaded = sample();
        REQUIRE(loaded.ok());
        auto& registry = loaded.registry;
        REQUIRE(!registry.regions.empty());
        REQUIRE(!registry.programmes.empty());
        registry.regions.front().id = "../../etc/evil";
        registry.programmes.front().id = "a/b";
        registry.build_index();
        const auto site = build_site(registry, i18n::Language::sv, {2026, 11, 23});
        CHECK(site.skipped_ids == std::vector<std::string>{"../../etc/evil", "a/b"});
        for (const auto& file : site.files) {
            CAPTURE(file.name);
            CHECK(is_plain_file_name(file.name));
            CHECK(file.name.find("evil") == std::string::npos);
        }
        testing::TempDir root;
        REQUIRE(write_site(root.path() / "out", site.files).ok());
        for (const auto& path : tree(root.path())) CHECK(path.rfind("out", 0) == 0);
    }
}

TEST_SUITE("site::build_site") {
    TEST_CASE("with outlines the coverage page has the national map and a region page its county's") {
        const auto loaded = sample();
        REQUIRE(loaded.ok());
        load::Diagnostics diagnostics;
        const auto outlines = load::load_outlines(testing::reference_dir(), diagnostics);
        const auto site = build_site(loaded.registry, i18n::Language::sv, {2026, 11, 23}, {}, &outlines);
        auto shapes = [&](const std::string& name) {
            const auto it =
                std::find_if(site.files.begin(), site.files.end(), [&](const auto& f) { return f.name == name; });
            REQUIRE(it != site.files.end());
            std::size_t count = 0;
            for (auto at = it->content.find("<path data-code="); at != std::string::npos;
                 at = it->content.find("<path data-code=", at + 1))
                ++count;
            return count;
        };
        CHECK(shapes("coverage.html") == 290);
        CHECK(shapes("region-norrbotten.html") == 14);
        CHECK(shapes("index.html") == 0);
        CHECK(shapes("programme-en-forelder-blir-till.html") == 0);
        const auto without = build_site(loaded.registry, i18n::Language::sv, {2026, 11, 23});
        for (const auto& file : without.files) CHECK(file.content.find("data-code=") == std::string::npos);
    }
}

}  // namespace netadmin::site

namespace netadmin::site {

TEST_SUITE("site::build_site") {
    TEST_CASE("a contact's address and phone are on the site only with publish_contact") {
        constexpr const char* kContacts = R"(
[region]
id = "norrbotten"
county = "25"
name = "Region Norrbotten"
contacts = ["anna", "nina", "ulla"]

[[person]]
id = "anna"
name = "Anna Berg"
email = "anna.berg@example.org"
phone = "0923-111 11"

[[person]]
id = "nina"
email = "nina@example.org"
publish_contact = true

[[person]]
id = "ulla"
email = "ulla@example.org"
)";
        const auto loaded = testing::load_valid({{"nb.toml", kContacts}});
        REQUIRE(loaded.ok());
        const auto site = build_site(loaded.registry, i18n::Language::en, {2026, 11, 23});
        const auto page = std::find_if(site.files.begin(), site.files.end(),
                                       [](const SiteFile& file) { return file.name == "region-norrbotten.html"; });
        REQUIRE(page != site.files.end());
        CHECK(page->content.find("Anna Berg") != std::string::npos);
        CHECK(page->content.find("anna.berg@example.org") == std::string::npos);
        CHECK(page->content.find("0923-111 11") == std::string::npos);
        CHECK(page->content.find("mailto:nina@example.org") != std::string::npos);
        CHECK(page->content.find("ulla@example.org") == std::string::npos);
        CHECK(page->content.find("(contact details not published)") != std::string::npos);
    }
}

}  // namespace netadmin::site
