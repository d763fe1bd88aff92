#include "snapshot/cached_load.hpp"

#include "snapshot/cache_folder.hpp"
#include "snapshot/codec.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>

using namespace netadmin;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kRegion = "[region]\nid = \"nb\"\ncounty = \"25\"\n";
constexpr std::string_view kCentre =
    "[[centre]]\nid = \"kalix-fc\"\nname = \"Kalix\"\nmunicipality = \"Kalix\"\nregion = \"nb\"\n";

// A registry folder, a copy of the reference data and a cache folder, all
// in one temporary folder.
struct Setup {
    netadmin::testing::TempDir dir;
    fs::path registry = dir.path() / "registry";
    fs::path reference = dir.path() / "reference";
    snapshot::CacheSettings cache{dir.path() / "cache" / "netadmin", "netadmin test"};

    Setup() {
        dir.write("registry/nb.toml", kRegion);
        dir.write("registry/centres.toml", kCentre);
        fs::create_directories(reference);
        for (const auto* name : {"counties.csv", "municipalities.csv"}) {
            fs::copy_file(netadmin::testing::reference_dir() / name, reference / name);
        }
    }

    load::LoadResult load(snapshot::CacheOutcome& outcome) const {
        return snapshot::load_registry_cached(registry, reference, {}, cache, &outcome);
    }
    // What a load without the cache gives, as bytes.
    std::string fresh() const { return snapshot::encode(load::load_registry(registry, reference)); }

    std::size_t snapshots() const { return snapshot::contents(cache.folder).snapshots; }
};

// Loads twice: the first parses and writes, the second reads the snapshot;
// both must be what a fresh parse gives.
void check_written_then_read(const Setup& setup) {
    snapshot::CacheOutcome outcome{};
    const auto first = setup.load(outcome);
    CHECK(outcome == snapshot::CacheOutcome::written);
    CHECK(snapshot::encode(first) == setup.fresh());
    const auto second = setup.load(outcome);
    CHECK(outcome == snapshot::CacheOutcome::hit);
    CHECK(snapshot::encode(second) == setup.fresh());
}

}  // namespace

TEST_SUITE("snapshot::cached_load") {
    TEST_CASE("the first load writes a snapshot and the next reads it") {
        const Setup setup;
        check_written_then_read(setup);
        struct stat info {};
        REQUIRE(::stat(setup.cache.folder.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0700);
    }

    TEST_CASE("one byte changed in a file: parsed again") {
        const Setup setup;
        check_written_then_read(setup);
        setup.dir.write("registry/centres.toml", std::string(kCentre) + "address = \"Storgatan 1\"\n");
        check_written_then_read(setup);
        // Same size, one byte other.
        auto text = std::string(kCentre);
        text[text.find("Kalix\"\nmun") + 4] = 'y';
        setup.dir.write("registry/centres.toml", text);
        check_written_then_read(setup);
    }

    TEST_CASE("a file added, removed or renamed: parsed again") {
        const Setup setup;
        check_written_then_read(setup);
        setup.dir.write("registry/more.toml", "[[person]]\nid = \"anna\"\nname = \"Anna\"\n");
        check_written_then_read(setup);
        fs::remove(setup.registry / "more.toml");
        snapshot::CacheOutcome outcome{};
        setup.load(outcome);
        // The registry as it was two loads ago: its snapshot is still kept.
        CHECK(outcome == snapshot::CacheOutcome::hit);
        fs::rename(setup.registry / "centres.toml", setup.registry / "a-centres.toml");
        check_written_then_read(setup);
    }

    TEST_CASE("the reference data changed: parsed again") {
        const Setup setup;
        check_written_then_read(setup);
        std::ofstream(setup.reference / "municipalities.csv", std::ios::app) << "9999,Nyköping Nord,25\n";
        check_written_then_read(setup);
    }

    TEST_CASE("another program: parsed again") {
        Setup setup;
        check_written_then_read(setup);
        setup.cache.program = "netadmin test 2";
        check_written_then_read(setup);
    }

    TEST_CASE("a registry with errors is not kept") {
        const Setup setup;
        setup.dir.write("registry/broken.toml", "[[centre]]\nid = \"x\"\n");
        snapshot::CacheOutcome outcome{};
        const auto loaded = setup.load(outcome);
        CHECK_FALSE(loaded.ok());
        CHECK(outcome == snapshot::CacheOutcome::not_written);
        CHECK(setup.snapshots() == 0);
    }

    TEST_CASE("a cache folder others can write to is not used") {
        const Setup setup;
        fs::create_directories(setup.cache.folder);
        fs::permissions(setup.cache.folder, fs::perms::all);
        snapshot::CacheOutcome outcome{};
        const auto loaded = setup.load(outcome);
        CHECK(loaded.ok());
        CHECK(outcome == snapshot::CacheOutcome::unusable);
        CHECK(setup.snapshots() == 0);
    }

    TEST_CASE("a corrupt snapshot is replaced") {
        const Setup setup;
        snapshot::CacheOutcome outcome{};
        setup.load(outcome);
        REQUIRE(setup.snapshots() == 1);
        const auto snap = fs::directory_iterator(setup.cache.folder)->path();
        fs::resize_file(snap, fs::file_size(snap) / 2);
        const auto loaded = setup.load(outcome);
        CHECK(outcome == snapshot::CacheOutcome::written);
        CHECK(snapshot::encode(loaded) == setup.fresh());
        setup.load(outcome);
        CHECK(outcome == snapshot::CacheOutcome::hit);
    }

    TEST_CASE("no more than a few snapshots of one registry are kept") {
        const Setup setup;
        for (int i = 0; i < 6; ++i) {
            setup.dir.write("registry/centres.toml", std::string(kCentre) + "note = \"" + std::to_string(i) + "\"\n");
            snapshot::CacheOutcome outcome{};
            setup.load(outcome);
            CHECK(outcome == snapshot::CacheOutcome::written);
        }
        CHECK(setup.snapshots() == snapshot::kPerRegistry);
    }

    TEST_CASE("without a folder the cache is off") {
        Setup setup;
        setup.cache.folder.clear();
        snapshot::CacheOutcome outcome{};
        CHECK(setup.load(outcome).ok());
        CHECK(outcome == snapshot::CacheOutcome::off);
    }

    TEST_CASE("status tells whether the registry has a valid snapshot") {
        const Setup setup;
        auto status = snapshot::cache_status(setup.registry, setup.reference, setup.cache);
        CHECK(status.folder == snapshot::FolderState::missing);
        snapshot::CacheOutcome outcome{};
        setup.load(outcome);
        status = snapshot::cache_status(setup.registry, setup.reference, setup.cache);
        CHECK(status.folder == snapshot::FolderState::usable);
        CHECK(status.snapshots == 1);
        CHECK(status.registry_has_snapshot == std::optional<bool>(true));
        setup.dir.write("registry/nb.toml", std::string(kRegion) + "summary = \"x\"\n");
        status = snapshot::cache_status(setup.registry, setup.reference, setup.cache);
        CHECK(status.registry_has_snapshot == std::optional<bool>(false));
        CHECK(snapshot::clear(setup.cache.folder) == 1);
        CHECK(setup.snapshots() == 0);
    }
}
