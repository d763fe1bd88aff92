// A person's rows, their erasure (the bytes of the file included) and the
// pruning of old rows, in a real SQLite file.
#include "state/privacy.hpp"

#include "state/state_error.hpp"
#include "testing.hpp"

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

namespace netadmin::state {
namespace {

constexpr std::int64_t kNow = 1899999999;

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Two people registered and present, each sent a reminder.
void fill(StateDb& db) {
    Participants participants(db);
    (void)unwrap(participants.import_registrations(
        {{"efbt", "Anna.Berg@example.se", "Anna Berg", "kalix", "", "Kalix", "2023-08-15", ""},
         {"efbt", "bo@example.se", "Bo", "", "", "", "2023-08-15", ""}},
        kNow));
    (void)unwrap(participants.record_attendance(
        {{"efbt-1", "anna.berg@example.se", "Anna Berg", false}, {"efbt-1", "bo@example.se", "Bo", false}}, kNow));
    REQUIRE(unwrap(
        db.claim({"efbt-1", "anna-berg", 7, {2023, 9, 1}}, {"meeting", "anna.berg@example.se", {2023, 8, 25}}, kNow)));
    unwrap(db.finish({"efbt-1", "anna-berg", 7, {2023, 9, 1}}, DeliveryStatus::sent, "", "", kNow));
    REQUIRE(unwrap(db.claim({"efbt-1", "bo", 7, {2023, 9, 1}}, {"meeting", "bo@example.se", {2023, 8, 25}}, kNow)));
    unwrap(db.finish({"efbt-1", "bo", 7, {2023, 9, 1}}, DeliveryStatus::sent, "", "", kNow));
}

}  // namespace

TEST_SUITE("state::privacy") {
    TEST_CASE("a person's rows are found by address in any case and by registry id") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        fill(*db);
        const auto rows = unwrap(person_rows(*db, "ANNA.berg@example.se", {"anna-berg"}));
        CHECK(rows.registrations.size() == 1);
        CHECK(rows.attendance.size() == 1);
        REQUIRE(rows.reminders.size() == 1);
        CHECK(rows.reminders[0].key.recipient == "anna-berg");
        CHECK(unwrap(person_rows(*db, "nobody@example.se", {})).reminders.empty());
    }

    TEST_CASE("erasing leaves no byte of the address and still knows the reminder as sent") {
        testing::TempDir dir;
        const auto path = dir.path() / "state.db";
        {
            auto db = unwrap(StateDb::open_for_writing(path));
            fill(*db);
            db->checkpoint();
        }
        CHECK(bytes_of(path).find("anna.berg@example.se") != std::string::npos);
        {
            auto db = unwrap(StateDb::open_for_writing(path));
            const auto erased = unwrap(erase_person(*db, "Anna.Berg@example.se", {"anna-berg"}));
            CHECK(erased.registrations == 1);
            CHECK(erased.attendance == 1);
            CHECK(erased.reminders == 1);
            // Exactly-once survives: the same delivery is not claimed again.
            CHECK(unwrap(db->status({"efbt-1", "anna-berg", 7, {2023, 9, 1}})) == DeliveryStatus::sent);
            CHECK_FALSE(unwrap(db->claim({"efbt-1", "anna-berg", 7, {2023, 9, 1}},
                                         {"meeting", "anna.berg@example.se", {2023, 8, 25}}, kNow)));
            // The other person is untouched.
            CHECK(unwrap(person_rows(*db, "bo@example.se", {"bo"})).registrations.size() == 1);
            CHECK(unwrap(person_rows(*db, "anna.berg@example.se", {"anna-berg"})).reminders.empty());
            // Erasing again finds nothing.
            CHECK(unwrap(erase_person(*db, "anna.berg@example.se", {"anna-berg"})).total() == 0);
        }
        for (const auto& file : {path, std::filesystem::path(path.string() + "-wal")}) {
            const auto bytes = bytes_of(file);
            CHECK(bytes.find("anna.berg@example.se") == std::string::npos);
            CHECK(bytes.find("Anna.Berg@example.se") == std::string::npos);
            CHECK(bytes.find("Anna Berg") == std::string::npos);
            CHECK(bytes.find("anna-berg") == std::string::npos);
        }
        CHECK(bytes_of(path).find("bo@example.se") != std::string::npos);
    }

    TEST_CASE("pruning removes the expired targets' rows and old log rows only") {
        testing::TempDir dir;
        auto db = unwrap(StateDb::open_for_writing(dir.path() / "state.db"));
        fill(*db);
        unwrap(Participants(*db).record_count("other", "12", kNow));
        const auto targets = unwrap(participant_targets(*db));
        REQUIRE(targets.size() == 3);
        CHECK(targets[0].target == "efbt");
        const auto pruned = unwrap(prune(*db, {"efbt", "efbt-1"}, {2023, 9, 1}));
        CHECK(pruned.registrations == 2);
        CHECK(pruned.attendance == 2);
        CHECK(pruned.counts == 0);
        CHECK(pruned.reminders == 0);  // reference 2023-09-01 is not before the cutoff
        CHECK(unwrap(Participants(*db).attendance_count("other")) == "12");
        CHECK(unwrap(prune(*db, {}, {2023, 9, 2})).reminders == 2);
        CHECK(unwrap(db->log({})).empty());
    }

    TEST_CASE("months_before keeps the day or takes the month's last") {
        CHECK(months_before({2026, 12, 2}, 24) == time::CivilDate{2024, 12, 2});
        CHECK(months_before({2026, 3, 31}, 1) == time::CivilDate{2026, 2, 28});
        CHECK(months_before({2026, 1, 15}, 1) == time::CivilDate{2025, 12, 15});
        CHECK(months_before({2024, 3, 30}, 1) == time::CivilDate{2024, 2, 29});
    }
}

}  // namespace netadmin::state
