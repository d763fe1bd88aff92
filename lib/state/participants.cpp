// Registrations and attendance in SQLite (see participants.hpp).
#include "state/participants.hpp"

#include "state/connection.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

namespace netadmin::state {
namespace {

constexpr const char* kRegistrationColumns =
    "target, email, name, centre, workplace, municipality, registered_on, unregistered_on";

RegistrationRow read_registration(SQLite::Statement& query) {
    RegistrationRow row;
    row.target = query.getColumn(0).getString();
    row.email = query.getColumn(1).getString();
    row.name = query.getColumn(2).getString();
    row.centre = query.getColumn(3).getString();
    row.workplace = query.getColumn(4).getString();
    row.municipality = query.getColumn(5).getString();
    row.registered_on = query.getColumn(6).getString();
    row.unregistered_on = query.getColumn(7).getString();
    return row;
}

using Change = RowChange;

std::optional<RegistrationRow> find_registration(SQLite::Database& db, const RegistrationRow& row) {
    SQLite::Statement query(
        db, std::string("SELECT ") + kRegistrationColumns + " FROM registration WHERE target = ?1 AND email_key = ?2");
    query.bind(1, row.target);
    query.bind(2, email_key(row.email));
    if (!query.executeStep()) return std::nullopt;
    return read_registration(query);
}

// What writing `row` over `old` (none: a new row) does. `revive`: a
// registration marked unregistered becomes current again.
RegistrationChange classify(const std::optional<RegistrationRow>& old, const RegistrationRow& row, bool revive) {
    if (!old) return {Change::added, row, {}};
    if (!old->unregistered_on.empty() && !revive) return {Change::kept_unregistered, *old, *old};
    // A value the new row does not know (an empty cell) keeps the old one.
    auto pick = [](const std::string& fresh, const std::string& kept) { return fresh.empty() ? kept : fresh; };
    RegistrationRow merged = row;
    merged.name = pick(row.name, old->name);
    merged.centre = row.workplace.empty() && row.centre.empty() ? old->centre : row.centre;
    merged.workplace = pick(row.workplace, old->workplace);
    merged.municipality = pick(row.municipality, old->municipality);
    merged.registered_on = pick(row.registered_on, old->registered_on);
    merged.unregistered_on.clear();
    const bool same = merged.email == old->email && merged.name == old->name && merged.centre == old->centre &&
                      merged.workplace == old->workplace && merged.municipality == old->municipality &&
                      merged.registered_on == old->registered_on && old->unregistered_on.empty();
    return {same ? Change::unchanged : Change::updated, std::move(merged), *old};
}

void insert_registration(SQLite::Database& db, const RegistrationRow& row, const std::string& now) {
    SQLite::Statement insert(db,
                             "INSERT INTO registration (target, email_key, email, name, centre, workplace, "
                             "municipality, registered_on, created_at, updated_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
    insert.bind(1, row.target);
    insert.bind(2, email_key(row.email));
    insert.bind(3, row.email);
    insert.bind(4, row.name);
    insert.bind(5, row.centre);
    insert.bind(6, row.workplace);
    insert.bind(7, row.municipality);
    insert.bind(8, row.registered_on);
    insert.bind(9, now);
    insert.exec();
}

void update_registration(SQLite::Database& db, const RegistrationRow& merged, const std::string& now) {
    SQLite::Statement update(db,
                             "UPDATE registration SET email = ?3, name = ?4, centre = ?5, workplace = ?6, "
                             "municipality = ?7, registered_on = ?8, unregistered_on = '', updated_at = ?9 "
                             "WHERE target = ?1 AND email_key = ?2");
    update.bind(1, merged.target);
    update.bind(2, email_key(merged.email));
    update.bind(3, merged.email);
    update.bind(4, merged.name);
    update.bind(5, merged.centre);
    update.bind(6, merged.workplace);
    update.bind(7, merged.municipality);
    update.bind(8, merged.registered_on);
    update.bind(9, now);
    update.exec();
}

Change upsert_registration(SQLite::Database& db, const RegistrationRow& row, bool revive, const std::string& now) {
    const auto change = classify(find_registration(db, row), row, revive);
    if (change.change == Change::added) insert_registration(db, change.row, now);
    if (change.change == Change::updated) update_registration(db, change.row, now);
    return change.change;
}

void count(WriteSummary& summary, Change change) {
    switch (change) {
        case Change::added: ++summary.added; break;
        case Change::updated: ++summary.updated; break;
        case Change::unchanged: ++summary.unchanged; break;
        case Change::kept_unregistered: ++summary.kept_unregistered; break;
    }
}

Change upsert_attendance(SQLite::Database& db, const AttendanceRow& row, const std::string& now) {
    SQLite::Statement query(db, "SELECT email, name, walk_in FROM attendance WHERE meeting = ?1 AND email_key = ?2");
    query.bind(1, row.meeting);
    query.bind(2, email_key(row.email));
    if (!query.executeStep()) {
        SQLite::Statement insert(db,
                                 "INSERT INTO attendance (meeting, email_key, email, name, walk_in, created_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, row.meeting);
        insert.bind(2, email_key(row.email));
        insert.bind(3, row.email);
        insert.bind(4, row.name);
        insert.bind(5, row.walk_in ? 1 : 0);
        insert.bind(6, now);
        insert.exec();
        return Change::added;
    }
    const auto name = row.name.empty() ? query.getColumn(1).getString() : row.name;
    if (query.getColumn(0).getString() == row.email && query.getColumn(1).getString() == name &&
        (query.getColumn(2).getInt() != 0) == row.walk_in) {
        return Change::unchanged;
    }
    query.reset();
    SQLite::Statement update(db,
                             "UPDATE attendance SET email = ?3, name = ?4, walk_in = ?5 "
                             "WHERE meeting = ?1 AND email_key = ?2");
    update.bind(1, row.meeting);
    update.bind(2, email_key(row.email));
    update.bind(3, row.email);
    update.bind(4, name);
    update.bind(5, row.walk_in ? 1 : 0);
    update.exec();
    return Change::updated;
}

std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
    return out;
}

}  // namespace

std::string email_key(std::string_view email) {
    std::string key(email);
    for (auto& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return key;
}

catalog::Result<bool> Participants::has_tables() {
    return caught(db_.impl().path, [&] { return unwrap(db_.schema_version()) >= 3; });
}

catalog::Result<WriteSummary> Participants::import_registrations(const std::vector<RegistrationRow>& rows,
                                                                 std::int64_t now) {
    return caught(db_.impl().path, [&] {
        auto& db = db_.impl().db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        WriteSummary summary;
        const auto stamp = utc_timestamp(now);
        for (const auto& row : rows) count(summary, upsert_registration(db, row, false, stamp));
        transaction.commit();
        return summary;
    });
}

catalog::Result<std::vector<RegistrationChange>> Participants::preview_registrations(
    const std::vector<RegistrationRow>& rows) {
    return caught(db_.impl().path, [&] {
        std::vector<RegistrationChange> changes;
        const bool tables = unwrap(has_tables());
        for (const auto& row : rows) {
            changes.push_back(classify(tables ? find_registration(db_.impl().db, row) : std::nullopt, row, false));
        }
        return changes;
    });
}

catalog::Result<WriteSummary> Participants::register_one(const RegistrationRow& row, std::int64_t now) {
    return caught(db_.impl().path, [&] {
        auto& db = db_.impl().db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        WriteSummary summary;
        count(summary, upsert_registration(db, row, true, utc_timestamp(now)));
        transaction.commit();
        return summary;
    });
}

catalog::Result<bool> Participants::unregister(std::string_view target, std::string_view email, std::string_view day,
                                               std::int64_t now) {
    return caught(db_.impl().path, [&] {
        SQLite::Statement update(db_.impl().db,
                                 "UPDATE registration SET unregistered_on = ?3, updated_at = ?4 "
                                 "WHERE target = ?1 AND email_key = ?2 AND unregistered_on = ''");
        update.bind(1, std::string(target));
        update.bind(2, email_key(email));
        update.bind(3, std::string(day));
        update.bind(4, utc_timestamp(now));
        return update.exec() == 1;
    });
}

catalog::Result<std::vector<RegistrationRow>> Participants::registrations(std::string_view target) {
    return registrations(std::vector<std::string>{std::string(target)});
}

catalog::Result<std::vector<RegistrationRow>> Participants::registrations(const std::vector<std::string>& targets) {
    return caught(db_.impl().path, [&] {
        std::vector<RegistrationRow> rows;
        if (targets.empty() || !unwrap(has_tables())) return rows;
        SQLite::Statement query(db_.impl().db, std::string("SELECT ") + kRegistrationColumns +
                                                   " FROM registration WHERE unregistered_on = '' AND target IN (" +
                                                   placeholders(targets.size()) + ") ORDER BY id");
        for (std::size_t i = 0; i < targets.size(); ++i) query.bind(static_cast<int>(i + 1), targets[i]);
        while (query.executeStep()) rows.push_back(read_registration(query));
        return rows;
    });
}

catalog::Result<WriteSummary> Participants::record_attendance(const std::vector<AttendanceRow>& rows,
                                                              std::int64_t now) {
    return caught(db_.impl().path, [&] {
        auto& db = db_.impl().db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        WriteSummary summary;
        const auto stamp = utc_timestamp(now);
        for (const auto& row : rows) count(summary, upsert_attendance(db, row, stamp));
        transaction.commit();
        return summary;
    });
}

catalog::Status Participants::record_count(std::string_view meeting, std::string_view number, std::int64_t now) {
    return caught(db_.impl().path, [&] {
        SQLite::Statement upsert(db_.impl().db,
                                 "INSERT INTO attendance_count (meeting, count, created_at) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (meeting) DO UPDATE SET count = ?2 WHERE count <> ?2");
        upsert.bind(1, std::string(meeting));
        upsert.bind(2, std::string(number));
        upsert.bind(3, utc_timestamp(now));
        upsert.exec();
    });
}

catalog::Result<std::vector<AttendanceRow>> Participants::attendance(std::string_view meeting) {
    return attendance(std::vector<std::string>{std::string(meeting)});
}

catalog::Result<std::vector<AttendanceRow>> Participants::attendance(const std::vector<std::string>& meetings) {
    return caught(db_.impl().path, [&] {
        std::vector<AttendanceRow> rows;
        if (meetings.empty() || !unwrap(has_tables())) return rows;
        SQLite::Statement query(db_.impl().db,
                                "SELECT meeting, email, name, walk_in FROM attendance WHERE meeting IN (" +
                                    placeholders(meetings.size()) + ") ORDER BY id");
        for (std::size_t i = 0; i < meetings.size(); ++i) query.bind(static_cast<int>(i + 1), meetings[i]);
        while (query.executeStep()) {
            rows.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                            query.getColumn(2).getString(), query.getColumn(3).getInt() != 0});
        }
        return rows;
    });
}

catalog::Result<std::optional<std::string>> Participants::attendance_count(std::string_view meeting) {
    return caught(db_.impl().path, [&] {
        std::optional<std::string> number;
        if (!unwrap(has_tables())) return number;
        SQLite::Statement query(db_.impl().db, "SELECT count FROM attendance_count WHERE meeting = ?1");
        query.bind(1, std::string(meeting));
        if (query.executeStep()) number = query.getColumn(0).getString();
        return number;
    });
}

catalog::Result<bool> Participants::has_attendance(std::string_view meeting) {
    return caught(db_.impl().path, [&] {
        return unwrap(attendance_count(meeting)).has_value() || !unwrap(attendance(meeting)).empty();
    });
}

}  // namespace netadmin::state
