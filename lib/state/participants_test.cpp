// Registrations and attendance in a real SQLite file: one transaction per
// import, idempotent writes, unregistration that an old export cannot undo,
// and migration of a database made before these tables.
#include "state/participants.hpp"

#include "state/state_error.hpp"
#include "testing.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

namespace netadmin::state {
namespace {

constexpr std::int64_t kNow = 1899999999;

RegistrationRow row(std::string email, std::string name, std::string centre = {}) {
    return RegistrationRow{"efbt", std::move(email), std::move(name), std::move(centre), {}, {}, "2023-08-15", {}};
}

}  // namespace

TEST_SUITE("state::Participants") {
    TEST_CASE("importing the same registrations twice changes nothing the second time") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        Participants participants(*db);
        const std::vector<RegistrationRow> rows{row("anna@example.se", "Anna"), row("Bo@Example.se", "Bo")};
        const auto first = unwrap(participants.import_registrations(rows, kNow));
        CHECK(first.added == 2);
        const auto second = unwrap(participants.import_registrations(rows, kNow + 60));
        CHECK(second.added == 0);
        CHECK(second.updated == 0);
        CHECK(second.unchanged == 2);
        const auto listed = unwrap(participants.registrations("efbt"));
        REQUIRE(listed.size() == 2);
        CHECK(listed[1].email == "Bo@Example.se");
        // Not even the time stamp moved.
        SQLite::Database raw((dir.path() / "state.db").string());
        CHECK(raw.execAndGet("SELECT count(*) FROM registration WHERE updated_at = created_at").getInt() == 2);
    }

    TEST_CASE("a person is their address in any case and a changed row is updated") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        Participants participants(*db);
        unwrap(participants.import_registrations({row("anna@example.se", "Anna")}, kNow));
        const auto summary =
            unwrap(participants.import_registrations({row("ANNA@example.se", "Anna Ek", "kalix")}, kNow));
        CHECK(summary.updated == 1);
        const auto listed = unwrap(participants.registrations("efbt"));
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].name == "Anna Ek");
        CHECK(listed[0].centre == "kalix");
        CHECK(unwrap(participants.registrations("other")).empty());
    }

    TEST_CASE("a preview says what an import would do and writes nothing") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        Participants participants(*db);
        unwrap(participants.import_registrations({row("anna@example.se", "Anna"), row("bo@example.se", "Bo")}, kNow));
        const auto changes = unwrap(participants.preview_registrations(
            {row("ANNA@example.se", "Anna Ek"), row("bo@example.se", ""), row("cia@example.se", "Cia")}));
        REQUIRE(changes.size() == 3);
        CHECK(changes[0].change == RowChange::updated);
        CHECK(changes[0].before.name == "Anna");
        CHECK(changes[0].row.name == "Anna Ek");
        CHECK(changes[1].change == RowChange::unchanged);  // an empty cell keeps the name
        CHECK(changes[2].change == RowChange::added);
        const auto listed = unwrap(participants.registrations("efbt"));
        REQUIRE(listed.size() == 2);
        CHECK(listed[0].name == "Anna");
    }

    TEST_CASE("an unregistered person stays so through an import and register brings them back") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        Participants participants(*db);
        unwrap(participants.import_registrations({row("anna@example.se", "Anna")}, kNow));
        CHECK(unwrap(participants.unregister("efbt", "Anna@example.se", "2023-09-01", kNow)));
        CHECK_FALSE(unwrap(participants.unregister("efbt", "anna@example.se", "2023-09-01", kNow)));
        CHECK(unwrap(participants.registrations("efbt")).empty());
        const auto summary = unwrap(participants.import_registrations({row("anna@example.se", "Anna")}, kNow));
        CHECK(summary.kept_unregistered == 1);
        CHECK(unwrap(participants.registrations("efbt")).empty());
        CHECK(unwrap(participants.register_one(row("anna@example.se", "Anna"), kNow)).updated == 1);
        CHECK(unwrap(participants.registrations("efbt")).size() == 1);
    }

    TEST_CASE("an import that fails half way writes nothing") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        Participants participants(*db);
        unwrap(participants.import_registrations({row("anna@example.se", "Anna")}, kNow));
        {
            // A trigger stands in for a full disk at the third row.
            SQLite::Database raw((dir.path() / "state.db").string(), SQLite::OPEN_READWRITE);
            raw.exec(
                "CREATE TRIGGER full BEFORE INSERT ON registration WHEN NEW.email = 'c@example.se' "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
        CHECK_THROWS_AS(
            unwrap(participants.import_registrations(
                {row("b@example.se", "B"), row("anna@example.se", "Anna Ek"), row("c@example.se", "C")}, kNow)),
            StateError);
        const auto listed = unwrap(participants.registrations("efbt"));
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].name == "Anna");
    }

    TEST_CASE("attendance by name and by count, walk-ins kept apart") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        Participants participants(*db);
        CHECK_FALSE(unwrap(participants.has_attendance("s1")));
        const std::vector<AttendanceRow> rows{{"s1", "anna@example.se", "Anna", false},
                                              {"s1", "eva@example.se", "", true}};
        CHECK(unwrap(participants.record_attendance(rows, kNow)).added == 2);
        CHECK(unwrap(participants.record_attendance(rows, kNow)).unchanged == 2);
        const auto present = unwrap(participants.attendance("s1"));
        REQUIRE(present.size() == 2);
        CHECK(present[1].walk_in);
        CHECK(unwrap(participants.has_attendance("s1")));
        unwrap(participants.record_count("s2", "ett 30-tal", kNow));
        CHECK(unwrap(participants.attendance_count("s2")) == "ett 30-tal");
        CHECK(unwrap(participants.has_attendance("s2")));
        CHECK(unwrap(participants.attendance(std::vector<std::string>{"s1", "s2"})).size() == 2);
    }

    TEST_CASE("a database of the previous schema is migrated and its log kept") {
        testing::TempDir dir;
        const auto path = dir.path() / "state.db";
        {
            SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            raw.exec(
                "CREATE TABLE delivery (id INTEGER PRIMARY KEY, target TEXT NOT NULL, recipient TEXT NOT NULL, "
                "offset_days INTEGER NOT NULL, reference_date TEXT NOT NULL, kind TEXT NOT NULL, address TEXT NOT "
                "NULL DEFAULT '', due_date TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                "detail TEXT NOT NULL DEFAULT '', message_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
                "updated_at TEXT NOT NULL, UNIQUE (target, recipient, offset_days, reference_date));"
                "CREATE INDEX delivery_by_update ON delivery (updated_at);"
                "CREATE INDEX delivery_by_status ON delivery (status, updated_at);"
                "INSERT INTO delivery VALUES (1, 't', 'r', 7, '2030-01-08', 'meeting', 'a@example.se', "
                "'2030-01-01', 'sent', 1, '', '', 'x', 'x');"
                "PRAGMA application_id = 1312900173; PRAGMA user_version = 2;");
        }
        {
            auto reader = unwrap(StateDb::open_for_reading(path));
            CHECK_FALSE(unwrap(Participants(*reader).has_tables()));
            CHECK(unwrap(Participants(*reader).registrations("efbt")).empty());
        }
        {
            auto db = unwrap(StateDb::open_for_writing(path));
            CHECK(unwrap(db->schema_version()) == kSchemaVersion);
            CHECK(unwrap(Participants(*db).has_tables()));
            const auto log = unwrap(db->log({}));
            REQUIRE(log.size() == 1);
            CHECK(log[0].key.recipient == "r");  // shown as it was
            // The migrated row is still the same delivery: not planned again.
            CHECK(unwrap(db->status({"t", "r", 7, {2030, 1, 8}})) == DeliveryStatus::sent);
        }
        // The key column holds the keyed hash, not the recipient.
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        const auto stored = raw.execAndGet("SELECT recipient FROM delivery").getString();
        CHECK(stored.size() == 64);
        CHECK(stored != "r");
        CHECK(raw.execAndGet("SELECT length(value) FROM secret WHERE name = 'recipient_key'").getInt() == 32);
    }
}

}  // namespace netadmin::state
