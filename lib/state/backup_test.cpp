// Backup, restore and check of the state database on real files: the copy
// is private and whole, a restore brings back exactly the backup's rows and
// refuses what is not a netadmin state, and a damaged file is found.
#include "state/backup.hpp"

#include "state/state_db.hpp"
#include "state/state_error.hpp"
#include "state/state_file.hpp"
#include "testing.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <fstream>

namespace netadmin::state {
namespace {

const DeliveryInfo kInfo{"meeting", "anna@example.se", time::CivilDate{2030, 3, 13}};
constexpr std::int64_t kNow = 1899999999;
constexpr std::int64_t kWindow = 3660;

DeliveryKey key(int offset) { return {"natverkstraff", "anna-astrom", offset, time::CivilDate{2030, 3, 20}}; }

void send(const std::filesystem::path& path, int offset) {
    auto db = unwrap(StateDb::open_for_writing(path));
    REQUIRE(unwrap(db->claim(key(offset), kInfo, kNow)));
    unwrap(db->finish(key(offset), DeliveryStatus::sent, "", "<id@example>", kNow));
}

unsigned mode_of(const std::filesystem::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

std::string refusal(const std::filesystem::path& backup, const std::filesystem::path& state) {
    try {
        unwrap(restore_state(backup, state, kNow, kWindow));
    } catch (const StateError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_SUITE("state::backup") {
    TEST_CASE("a backup is a private, intact copy and a restore brings its rows back") {
        testing::TempDir dir;
        const auto state = dir.path() / "state.db";
        const auto copy = dir.path() / "copy.db";
        send(state, 14);
        unwrap(backup_state(state, copy));
        CHECK(mode_of(copy) == 0600);
        CHECK(unwrap(check_state(copy)).problems.empty());
        CHECK(unwrap(check_state(copy)).schema_version == kSchemaVersion);
        send(state, 7);  // after the backup: lost by the restore
        ::chmod(state.c_str(), 0600);
        CHECK(unwrap(restore_state(copy, state, kNow, kWindow)) == kSchemaVersion);
        auto db = unwrap(StateDb::open_for_reading(state));
        CHECK(unwrap(db->status(key(14))) == DeliveryStatus::sent);
        CHECK(!unwrap(db->status(key(7))).has_value());
        CHECK(mode_of(state) == 0600);
        CHECK(std::filesystem::directory_iterator(dir.path()) != std::filesystem::directory_iterator());
        for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
            CHECK(entry.path().filename().string().rfind(".state.db.", 0) == std::string::npos);
        }
    }

    TEST_CASE("a restore into a missing state creates it private") {
        testing::TempDir dir;
        send(dir.path() / "old.db", 14);
        const auto state = dir.path() / "new" / "state.db";
        unwrap(restore_state(dir.path() / "old.db", state, kNow, kWindow));
        CHECK(mode_of(state) == 0600);
        CHECK(unwrap(unwrap(StateDb::open_for_reading(state))->status(key(14))) == DeliveryStatus::sent);
    }

    TEST_CASE("restore refuses text, an empty SQLite file and an unknown schema, and changes nothing") {
        testing::TempDir dir;
        const auto state = dir.path() / "state.db";
        send(state, 14);
        const auto before = testing::read_file(state);
        const auto text = dir.path().string() + "/text.db";
        std::ofstream(text) << "not a database at all, but long enough to have a header of sorts\n";
        CHECK(refusal(text, state).find("not an SQLite file") != std::string::npos);
        const auto empty = dir.path() / "empty.db";
        SQLite::Database(empty.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("CREATE TABLE t (x)");
        CHECK(refusal(empty, state).find("belongs to another program") != std::string::npos);
        const auto blank = dir.path() / "blank.db";
        SQLite::Database(blank.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("PRAGMA user_version = 0");
        CHECK(refusal(blank, state).find("known schema version") != std::string::npos);
        const auto newer = dir.path() / "newer.db";
        send(newer, 14);
        SQLite::Database(newer.string(), SQLite::OPEN_READWRITE).exec("PRAGMA user_version = 99");
        CHECK(refusal(newer, state).find("newer netadmin") != std::string::npos);
        CHECK(refusal(dir.path() / "missing.db", state).find("no state database") != std::string::npos);
        CHECK(testing::read_file(state) == before);
    }

    TEST_CASE("restore refuses while a run has a delivery with the mailer") {
        testing::TempDir dir;
        const auto state = dir.path() / "state.db";
        send(dir.path() / "copy.db", 14);
        REQUIRE(unwrap(unwrap(StateDb::open_for_writing(state))->claim(key(7), kInfo, kNow - 10)));
        CHECK(refusal(dir.path() / "copy.db", state).find("run is under way") != std::string::npos);
        CHECK(unwrap(unwrap(StateDb::open_for_reading(state))->status(key(7))) == DeliveryStatus::sending);
        // One left by a run that died long ago does not block a restore.
        CHECK(unwrap(restore_state(dir.path() / "copy.db", state, kNow + kWindow + 10, kWindow)) == kSchemaVersion);
    }

    TEST_CASE("check finds a page with flipped bytes") {
        testing::TempDir dir;
        const auto state = dir.path() / "state.db";
        for (int offset = 1; offset <= 20; ++offset) send(state, offset);
        unwrap(StateDb::open_for_writing(state))->checkpoint();
        REQUIRE(unwrap(check_state(state)).problems.empty());
        {
            std::fstream file(state, std::ios::in | std::ios::out | std::ios::binary);
            file.seekp(4096);  // page 2's b-tree header: its type, cell count and pointers
            const std::string ones(32, '\xff');
            file.write(ones.data(), static_cast<std::streamsize>(ones.size()));
        }
        bool found = false;
        try {
            found = !unwrap(check_state(state)).problems.empty();
        } catch (const StateError& e) {
            found = std::string(e.what()).find("damaged") != std::string::npos;
        }
        CHECK(found);
    }
}

}  // namespace netadmin::state
