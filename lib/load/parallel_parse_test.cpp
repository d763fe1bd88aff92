// Parsing on several threads gives the registry and the diagnostics of one
// thread, byte for byte, for valid and broken files alike; an error while
// reading stops the work cleanly.
#include "load/parallel_parse.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <stdexcept>

namespace netadmin::load {
namespace {

// A region with `centres` centres, each with a contact.
std::string region_file(int number, int centres) {
    std::string text = fmt::format("[region]\nid = \"region-{0}\"\ncounty = \"25\"\nname = \"Region {0}\"\n", number);
    for (int i = 0; i < centres; ++i) {
        text += fmt::format(
            "\n[[person]]\nid = \"person-{0}-{1}\"\nname = \"Åsa Öberg {1}\"\nemail = \"asa.{0}.{1}@example.se\"\n"
            "\n[[centre]]\nid = \"centre-{0}-{1}\"\nname = \"Familjecentralen {1}\"\nmunicipality = \"Kalix\"\n"
            "kind = \"full\"\ncontacts = [\"person-{0}-{1}\"]\n",
            number, i);
    }
    return text;
}

// Twenty files: valid ones of different sizes, and among them a syntax
// error, invalid UTF-8, an id given twice across files and an unknown key.
void write_registry(const testing::TempDir& dir) {
    for (int i = 0; i < 20; ++i) dir.write(fmt::format("f{:02}.toml", i), region_file(i, 1 + (i * 7) % 13));
    dir.write("f03.toml", region_file(3, 2) + "\n[[centre]\nid = \"broken\"\n");
    dir.write("f08.toml", region_file(8, 2) + "\n# \xff\xfe not UTF-8\n");
    dir.write("f11.toml", region_file(11, 1) + "\n[[centre]]\nid = \"centre-2-0\"\nname = \"Twice\"\n");
    dir.write("sub/f15.toml", region_file(15, 3) + "\ncolour = \"blue\"\n");
}

std::vector<std::string> centre_ids(const model::Registry& registry) {
    std::vector<std::string> ids;
    for (const auto& centre : registry.centres) ids.push_back(centre.id);
    return ids;
}

}  // namespace

TEST_SUITE("load::parallel_parse") {
    TEST_CASE("any number of threads loads the same registry with the same diagnostics") {
        testing::TempDir dir;
        write_registry(dir);
        const auto one = load_registry(dir.path(), testing::reference_dir(), LoadOptions{1, {}, {}});
        REQUIRE(one.diagnostics.has_errors());
        const auto expected = testing::rendered(one.diagnostics);
        CHECK(expected.find("f03.toml") != std::string::npos);
        CHECK(expected.find("f08.toml") != std::string::npos);
        CHECK(expected.find("centre-2-0") != std::string::npos);
        for (unsigned jobs : {2U, 3U, 8U, 64U}) {
            CAPTURE(jobs);
            const auto many = load_registry(dir.path(), testing::reference_dir(), LoadOptions{jobs, {}, {}});
            CHECK(testing::rendered(many.diagnostics) == expected);
            CHECK(many.registry.files == one.registry.files);
            CHECK(centre_ids(many.registry) == centre_ids(one.registry));
            CHECK(many.registry.people.size() == one.registry.people.size());
        }
    }

    TEST_CASE("files are handed over in path order whatever finishes first") {
        testing::TempDir dir;
        std::vector<std::filesystem::path> paths;
        // Large and small files alternate, so later files finish parsing first.
        for (int i = 0; i < 12; ++i)
            paths.push_back(dir.write(fmt::format("{:02}.toml", i), region_file(i, i % 2 ? 1 : 60)));
        paths.push_back(dir.path() / "missing.toml");
        std::vector<std::string> seen;
        parse_in_order(paths, 4, [&](ParsedFile& file) {
            seen.push_back(file.path);
            if (file.path.ends_with("missing.toml")) {
                CHECK(file.read_error != 0);
            } else {
                CHECK(file.document.has_value());
            }
        });
        std::vector<std::string> expected;
        for (const auto& path : paths) expected.push_back(path.string());
        CHECK(seen == expected);
    }

    TEST_CASE("an exception while reading a tree ends the work and reaches the caller") {
        testing::TempDir dir;
        std::vector<std::filesystem::path> paths;
        for (int i = 0; i < 30; ++i) paths.push_back(dir.write(fmt::format("{:02}.toml", i), region_file(i, 5)));
        int read = 0;
        CHECK_THROWS_AS(parse_in_order(paths, 3,
                                       [&](ParsedFile&) {
                                           if (++read == 4) throw std::runtime_error("stop");
                                       }),
                        std::runtime_error);
        CHECK(read == 4);
    }

    TEST_CASE("no files, and more threads than files, are fine") {
        int calls = 0;
        parse_in_order({}, 4, [&](ParsedFile&) { ++calls; });
        CHECK(calls == 0);
        testing::TempDir dir;
        const auto path = dir.write("only.toml", "[region]\nid = \"x\"\n");
        parse_in_order({path}, 16, [&](ParsedFile& file) {
            ++calls;
            CHECK(file.document.has_value());
        });
        CHECK(calls == 1);
    }
}

}  // namespace netadmin::load
