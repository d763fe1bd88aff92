#include "snapshot/snapshot_file.hpp"

#include "snapshot/codec.hpp"
#include "snapshot/test_registry.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>

using namespace netadmin;

namespace {

constexpr std::string_view kManifest = "netadmin test\nregistry 1\n";

std::string payload() {
    const auto loaded = netadmin::testing::registry_from_toml(snapshot::testing::kRichRegistry);
    REQUIRE(loaded.ok());
    return snapshot::encode(loaded);
}

void write(const std::filesystem::path& path, std::string_view bytes, mode_t mode) {
    std::ofstream(path, std::ios::binary) << bytes;
    REQUIRE(::chmod(path.c_str(), mode) == 0);
}

}  // namespace

TEST_SUITE("snapshot::snapshot_file") {
    TEST_CASE("a snapshot is read back for its own manifest only") {
        const auto bytes = snapshot::snapshot_bytes(kManifest, payload());
        const auto read = snapshot::read_snapshot_bytes(bytes, kManifest);
        REQUIRE(read);
        CHECK(snapshot::encode(*read) == payload());
        CHECK_FALSE(snapshot::read_snapshot_bytes(bytes, "netadmin test\nregistry 2\n"));
    }

    TEST_CASE("every changed bit anywhere in the file is noticed") {
        const auto bytes = snapshot::snapshot_bytes(kManifest, payload());
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                auto changed = bytes;
                changed[i] = static_cast<char>(changed[i] ^ (1 << bit));
                CAPTURE(i);
                CHECK_FALSE(snapshot::read_snapshot_bytes(changed, kManifest));
            }
        }
    }

    TEST_CASE("every truncation is refused") {
        const auto bytes = snapshot::snapshot_bytes(kManifest, payload());
        for (std::size_t size = 0; size < bytes.size(); ++size) {
            CHECK_FALSE(snapshot::read_snapshot_bytes(std::string_view(bytes).substr(0, size), kManifest));
        }
    }

    TEST_CASE("a snapshot of the other byte order is refused") {
        auto bytes = snapshot::snapshot_bytes(kManifest, payload());
        // The byte-order mark follows the 8-byte magic.
        std::swap(bytes[8], bytes[11]);
        std::swap(bytes[9], bytes[10]);
        CHECK_FALSE(snapshot::read_snapshot_bytes(bytes, kManifest));
    }

    TEST_CASE("on disk: the user's own file is read, others' are not") {
        const netadmin::testing::TempDir dir;
        const auto path = dir.path() / "s.snap";
        const auto bytes = snapshot::snapshot_bytes(kManifest, payload());
        write(path, bytes, 0600);
        CHECK(snapshot::read_snapshot(path, kManifest));
        write(path, bytes, 0620);
        CHECK_FALSE(snapshot::read_snapshot(path, kManifest));
        write(path, bytes, 0602);
        CHECK_FALSE(snapshot::read_snapshot(path, kManifest));
        if (::geteuid() == 0) {
            write(path, bytes, 0600);
            REQUIRE(::chown(path.c_str(), 65534, 65534) == 0);
            CHECK_FALSE(snapshot::read_snapshot(path, kManifest));
        }
    }

    TEST_CASE("on disk: a symbolic link, a folder, an empty or a missing file is not read") {
        const netadmin::testing::TempDir dir;
        const auto target = dir.path() / "real.snap";
        write(target, snapshot::snapshot_bytes(kManifest, payload()), 0600);
        const auto link = dir.path() / "link.snap";
        std::filesystem::create_symlink(target, link);
        CHECK_FALSE(snapshot::read_snapshot(link, kManifest));
        std::filesystem::create_directory(dir.path() / "folder.snap");
        CHECK_FALSE(snapshot::read_snapshot(dir.path() / "folder.snap", kManifest));
        write(dir.path() / "empty.snap", "", 0600);
        CHECK_FALSE(snapshot::read_snapshot(dir.path() / "empty.snap", kManifest));
        CHECK_FALSE(snapshot::read_snapshot(dir.path() / "missing.snap", kManifest));
    }
}
