// The state database on real files: private permissions, claims that only
// one run can win, retries of failures, and files that must be refused and
// left exactly as they were.
#include "state/state_db.hpp"

#include "state/state_error.hpp"
#include "state/state_file.hpp"
#include "testing.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <sys/stat.h>
#include <fstream>

namespace netadmin::state {
namespace {

const DeliveryKey kKey{"natverkstraff", "anna-astrom", 7, time::CivilDate{2030, 3, 20}};
const DeliveryInfo kInfo{"meeting", "anna@example.se", time::CivilDate{2030, 3, 13}};
constexpr std::int64_t kNow = 1899999999;

unsigned mode_of(const std::filesystem::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string refusal(const std::filesystem::path& path) {
    try {
        unwrap(StateDb::open_for_writing(path));
    } catch (const StateError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_SUITE("state::StateDb") {
    TEST_CASE("a new database is private in private folders and has the current schema") {
        testing::TempDir dir;
        const auto path = dir.path() / "a" / "b" / "state.db";
        auto db = unwrap(StateDb::open_for_writing(path));
        CHECK(mode_of(path) == 0600);
        CHECK(mode_of(path.parent_path()) == 0700);
        CHECK(mode_of(path.parent_path().parent_path()) == 0700);
        CHECK(unwrap(db->schema_version()) == kSchemaVersion);
    }

    TEST_CASE("an existing database readable by others is made private") {
        testing::TempDir dir;
        const auto path = dir.path() / "state.db";
        unwrap(StateDb::open_for_writing(path)).reset();
        ::chmod(path.c_str(), 0644);
        unwrap(StateDb::open_for_writing(path)).reset();
        CHECK(mode_of(path) == 0600);
    }

    TEST_CASE("reading a missing database creates nothing") {
        testing::TempDir dir;
        CHECK(unwrap(StateDb::open_for_reading(dir.path() / "x" / "state.db")) == nullptr);
        CHECK_FALSE(std::filesystem::exists(dir.path() / "x"));
    }

    TEST_CASE("a delivery can be claimed once and a failed one claimed again") {
        testing::TempDir dir;
        auto first = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        auto second = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        CHECK(unwrap(first->claim(kKey, kInfo, kNow)));
        CHECK_FALSE(unwrap(second->claim(kKey, kInfo, kNow)));
        CHECK(unwrap(second->status(kKey)) == DeliveryStatus::sending);
        unwrap(first->finish(kKey, DeliveryStatus::failed, "exit status 75", "<1@example.se>", kNow));
        CHECK(unwrap(second->claim(kKey, kInfo, kNow + 60)));
        CHECK_FALSE(unwrap(first->claim(kKey, kInfo, kNow + 60)));
        unwrap(second->finish(kKey, DeliveryStatus::sent, "", "<2@example.se>", kNow + 61));
        const auto log = unwrap(first->log({}));
        REQUIRE(log.size() == 1);
        CHECK(log[0].status == DeliveryStatus::sent);
        CHECK(log[0].attempts == 2);
        CHECK(log[0].message_id == "<2@example.se>");
        CHECK(log[0].updated_at == utc_timestamp(kNow + 61));
    }

    TEST_CASE("a skip is recorded once and never replaces a delivery") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        CHECK(unwrap(db->claim(kKey, kInfo, kNow)));
        unwrap(db->record_skip(kKey, kInfo, DeliveryStatus::skipped_superseded, kNow));
        CHECK(unwrap(db->status(kKey)) == DeliveryStatus::sending);
        auto other = kKey;
        other.offset = 14;
        unwrap(db->record_skip(other, kInfo, DeliveryStatus::skipped_superseded, kNow));
        unwrap(db->record_skip(other, kInfo, DeliveryStatus::skipped_superseded, kNow));
        CHECK(unwrap(db->log({})).size() == 2);
        CHECK(unwrap(db->log({utc_timestamp(kNow + 1), {}, 0})).empty());
    }

    TEST_CASE("withheld deliveries are claimed again or become missed, unknown ones acknowledged") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        CHECK(db->created());
        unwrap(db->record_skip(kKey, kInfo, DeliveryStatus::withheld, kNow));
        CHECK(unwrap(db->status(kKey)) == DeliveryStatus::withheld);
        CHECK(unwrap(db->mark_missed(kKey.reference, kNow)).empty());
        auto later = kKey;
        later.offset = 14;
        unwrap(db->record_skip(later, kInfo, DeliveryStatus::withheld, kNow));
        unwrap(db->record_skip(later, kInfo, DeliveryStatus::skipped_superseded, kNow));
        CHECK(unwrap(db->status(later)) == DeliveryStatus::skipped_superseded);
        CHECK(unwrap(db->claim(kKey, kInfo, kNow)));
        CHECK(unwrap(db->unknown(kNow + 3600, 120)).size() == 1);
        CHECK(unwrap(db->unknown(kNow + 60, 120)).empty());
        const auto id = unwrap(db->unknown(kNow + 3600, 120))[0].id;
        CHECK(unwrap(db->acknowledge(id, kNow + 3600)));
        CHECK_FALSE(unwrap(db->acknowledge(id, kNow + 3600)));
        CHECK(unwrap(db->log({"", DeliveryStatus::acknowledged, 10})).size() == 1);
        CHECK(unwrap(db->log({"", {}, 1})).size() == 1);
        auto past = kKey;
        past.target = "gone";
        unwrap(db->record_skip(past, kInfo, DeliveryStatus::withheld, kNow));
        const auto missed = unwrap(db->mark_missed(time::add_days(kKey.reference, 1), kNow));
        REQUIRE(missed.size() == 1);
        CHECK(missed[0].key.target == "gone");
        CHECK(unwrap(db->status(past)) == DeliveryStatus::missed);
        CHECK_FALSE(unwrap(StateDb::open_for_writing(dir.path() / "state.db"))->created());
    }

    TEST_CASE("a file that is not a database is refused and left unchanged") {
        testing::TempDir dir;
        const auto path = dir.path() / "state.db";
        const std::string bytes = "my notes, not a database\n";
        write_bytes(path, bytes);
        ::chmod(path.c_str(), 0644);
        CHECK(refusal(path).find("is not a netadmin state database") != std::string::npos);
        CHECK(testing::read_file(path) == bytes);
        CHECK(mode_of(path) == 0644);
    }

    TEST_CASE("another program's SQLite database is refused and left unchanged") {
        testing::TempDir dir;
        const auto path = dir.path() / "other.db";
        {
            SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            other.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello')");
        }
        const auto before = testing::read_file(path);
        CHECK(refusal(path).find("belongs to another program") != std::string::npos);
        CHECK_THROWS_AS(unwrap(StateDb::open_for_reading(path)), StateError);
        CHECK(testing::read_file(path) == before);
    }

    TEST_CASE("a truncated database is refused and left unchanged") {
        testing::TempDir dir;
        const auto path = dir.path() / "state.db";
        {
            auto db = unwrap(StateDb::open_for_writing(path));
            for (int i = 0; i < 200; ++i) {
                auto key = kKey;
                key.recipient = "person-" + std::to_string(i);
                unwrap(db->record_skip(key, kInfo, DeliveryStatus::skipped_no_address, kNow));
            }
        }
        const auto full = testing::read_file(path);
        REQUIRE(full.size() > 8192);
        const auto truncated = full.substr(0, full.size() / 2);
        write_bytes(path, truncated);
        CHECK(refusal(path).find("damaged") != std::string::npos);
        CHECK(testing::read_file(path) == truncated);
    }

    TEST_CASE("a database from a newer netadmin is refused") {
        testing::TempDir dir;
        const auto path = dir.path() / "state.db";
        unwrap(StateDb::open_for_writing(path)).reset();
        {
            SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
            db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
        }
        const auto before = testing::read_file(path);
        CHECK(refusal(path).find("newer netadmin") != std::string::npos);
        CHECK(testing::read_file(path) == before);
    }

    TEST_CASE("making a file private takes permissions away and never adds write permission") {
        testing::TempDir dir;
        const auto path = dir.path() / "state.db";
        write_bytes(path, "");
        ::chmod(path.c_str(), 0444);
        const auto created = ensure_private_file(path);
        REQUIRE(created.ok());
        CHECK_FALSE(*created);
        CHECK(mode_of(path) == 0400);
    }

    TEST_CASE("a state path that is a folder is refused as not a regular file") {
        testing::TempDir dir;
        const auto writable = check_writable(dir.path());
        REQUIRE_FALSE(writable.ok());
        CHECK(writable.problem().msg() == i18n::Msg::err_state_not_regular);
        CHECK(check_writable(dir.path() / "missing.db").ok());
    }

    TEST_CASE("SQLite's result codes become messages that say what is wrong") {
        const std::filesystem::path path = "/srv/state.db";
        CHECK(sqlite_failure(path, SQLITE_BUSY, "database is locked").msg() == i18n::Msg::err_state_locked);
        CHECK(sqlite_failure(path, SQLITE_BUSY_SNAPSHOT, "").msg() == i18n::Msg::err_state_locked);
        CHECK(sqlite_failure(path, SQLITE_LOCKED, "").msg() == i18n::Msg::err_state_locked);
        CHECK(sqlite_failure(path, SQLITE_READONLY_DIRECTORY, "").msg() == i18n::Msg::err_state_failed);
        CHECK(sqlite_failure(path, SQLITE_CORRUPT, "").msg() == i18n::Msg::err_state_damaged);
        CHECK(sqlite_failure(path, SQLITE_NOTADB, "").msg() == i18n::Msg::err_state_damaged);
        CHECK(sqlite_failure(path, SQLITE_IOERR_WRITE, "disk I/O error").msg() == i18n::Msg::err_state_failed);
    }

    TEST_CASE("a state error names the file in Swedish and English") {
        const auto error = sqlite_failure("/srv/state.db", SQLITE_BUSY, "database is locked");
        CHECK(std::string(error.what()) ==
              "/srv/state.db: the state database is locked by another program (waited 30 seconds); try again "
              "when it is done");
        CHECK(error.text(i18n::Language::en) == error.what());
        CHECK(error.text(i18n::Language::sv) ==
              "/srv/state.db: tillståndsdatabasen är låst av ett annat program (väntade 30 sekunder); försök igen "
              "när det är klart");
    }

    TEST_CASE("the default location follows XDG_STATE_HOME, else HOME") {
        CHECK(default_state_path("/var/lib/x", "/home/a") == "/var/lib/x/netadmin/state.db");
        CHECK(default_state_path("relative", "/home/a") == "/home/a/.local/state/netadmin/state.db");
        CHECK(default_state_path(nullptr, "/home/a") == "/home/a/.local/state/netadmin/state.db");
        CHECK(default_state_path(nullptr, nullptr).empty());
    }

}  // TEST_SUITE

}  // namespace netadmin::state
