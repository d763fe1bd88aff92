// Erasing an address from the cache: every snapshot (and temporary file)
// that holds its bytes goes, whatever their case, and only those.
#include "snapshot/cache_folder.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

namespace netadmin::snapshot {
namespace {

namespace fs = std::filesystem;

TEST_SUITE("snapshot::remove_holding") {
    TEST_CASE("removes the snapshots that hold the address, in any case, and keeps the others") {
        testing::TempDir dir;
        const std::string a(16, 'a');
        const std::string b(16, 'b');
        // The address straddles the 1 MiB chunks of the reading.
        std::string big((1 << 20) - 5, 'x');
        big += "ANNA@Example.SE";
        const auto holds = dir.write(a + "-" + std::string(16, '1') + ".snap", std::string("\0\1anna@example.se", 17));
        const auto straddles = dir.write(b + "-" + std::string(16, '2') + ".snap", big);
        const auto other = dir.write(a + "-" + std::string(16, '3') + ".snap", "bo@example.se");
        const auto temporary = dir.write("." + a + "-" + std::string(16, '4') + ".snap.tmp-Xy12ab", "anna@example.se");
        const auto unrelated = dir.write("notes.txt", "anna@example.se");

        CHECK(remove_holding(dir.path(), "Anna@example.se") == 2);
        CHECK_FALSE(fs::exists(holds));
        CHECK_FALSE(fs::exists(straddles));
        CHECK_FALSE(fs::exists(temporary));
        CHECK(fs::exists(other));
        CHECK(fs::exists(unrelated));
        CHECK(remove_holding(dir.path(), "anna@example.se") == 0);
        CHECK(remove_holding(dir.path() / "missing", "anna@example.se") == 0);
    }

    TEST_CASE("remove_registry removes one registry's snapshots only") {
        testing::TempDir dir;
        const auto mine = dir.write("00000000000000ab-" + std::string(16, '1') + ".snap", "x");
        const auto also_mine = dir.write("00000000000000ab-" + std::string(16, '2') + ".snap", "y");
        const auto theirs = dir.write("00000000000000cd-" + std::string(16, '1') + ".snap", "z");
        CHECK(remove_registry(dir.path(), 0xab) == 2);
        CHECK_FALSE(fs::exists(mine));
        CHECK_FALSE(fs::exists(also_mine));
        CHECK(fs::exists(theirs));
    }
}

}  // namespace
}  // namespace netadmin::snapshot
