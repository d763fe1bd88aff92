// A person's rows, erasure and pruning (see privacy.hpp).
#include "state/privacy.hpp"

#include "state/connection.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

namespace netadmin::state {
namespace {

std::size_t remove_where(SQLite::Database& db, const std::string& sql, const std::string& value) {
    SQLite::Statement remove(db, sql);
    remove.bind(1, value);
    return static_cast<std::size_t>(remove.exec());
}

time::CivilDate day_of(const std::string& stamp) {
    return time::parse_iso_date(stamp.substr(0, 10)).value_or(time::CivilDate{});
}

}  // namespace

catalog::Result<PersonRows> person_rows(StateDb& db, std::string_view email,
                                        const std::vector<std::string>& recipients) {
    return caught(db.impl().path, [&] {
        PersonRows rows;
        rows.reminders = unwrap(db.deliveries_for(email, recipients));
        if (unwrap(db.schema_version()) < 3) return rows;
        const auto key = email_key(email);
        SQLite::Statement registrations(db.impl().db,
                                        "SELECT target, email, name, centre, workplace, municipality, registered_on, "
                                        "unregistered_on FROM registration WHERE email_key = ?1 ORDER BY id");
        registrations.bind(1, key);
        while (registrations.executeStep()) {
            rows.registrations.push_back(
                {registrations.getColumn(0).getString(), registrations.getColumn(1).getString(),
                 registrations.getColumn(2).getString(), registrations.getColumn(3).getString(),
                 registrations.getColumn(4).getString(), registrations.getColumn(5).getString(),
                 registrations.getColumn(6).getString(), registrations.getColumn(7).getString()});
        }
        SQLite::Statement attendance(db.impl().db,
                                     "SELECT meeting, email, name, walk_in FROM attendance WHERE email_key = ?1 "
                                     "ORDER BY id");
        attendance.bind(1, key);
        while (attendance.executeStep()) {
            rows.attendance.push_back({attendance.getColumn(0).getString(), attendance.getColumn(1).getString(),
                                       attendance.getColumn(2).getString(), attendance.getColumn(3).getInt() != 0});
        }
        return rows;
    });
}

catalog::Result<Erased> erase_person(StateDb& db, std::string_view email, const std::vector<std::string>& recipients) {
    return caught(db.impl().path, [&] {
        Erased erased;
        auto& sqlite = db.impl().db;
        // Freed pages are zeroed as they are freed; VACUUM below drops them.
        sqlite.exec("PRAGMA secure_delete = ON");
        SQLite::Transaction transaction(sqlite, SQLite::TransactionBehavior::IMMEDIATE);
        const auto key = email_key(email);
        erased.registrations = remove_where(sqlite, "DELETE FROM registration WHERE email_key = ?1", key);
        erased.attendance = remove_where(sqlite, "DELETE FROM attendance WHERE email_key = ?1", key);
        erased.reminders = unwrap(db.forget_recipient(email, recipients));
        transaction.commit();
        unwrap(db.vacuum());
        return erased;
    });
}

catalog::Result<std::vector<TargetRows>> participant_targets(StateDb& db) {
    return caught(db.impl().path, [&] {
        std::vector<TargetRows> targets;
        if (unwrap(db.schema_version()) < 3) return targets;
        SQLite::Statement query(db.impl().db,
                                "SELECT target, max(stamp) FROM ("
                                "SELECT target, updated_at AS stamp FROM registration "
                                "UNION ALL SELECT meeting, created_at FROM attendance "
                                "UNION ALL SELECT meeting, created_at FROM attendance_count"
                                ") GROUP BY target ORDER BY target");
        while (query.executeStep()) {
            targets.push_back({query.getColumn(0).getString(), day_of(query.getColumn(1).getString())});
        }
        return targets;
    });
}

catalog::Result<Pruned> prune(StateDb& db, const std::vector<std::string>& expired, const time::CivilDate& log_before) {
    return caught(db.impl().path, [&] {
        Pruned pruned;
        auto& sqlite = db.impl().db;
        sqlite.exec("PRAGMA secure_delete = ON");
        SQLite::Transaction transaction(sqlite, SQLite::TransactionBehavior::IMMEDIATE);
        for (const auto& target : expired) {
            pruned.registrations += remove_where(sqlite, "DELETE FROM registration WHERE target = ?1", target);
            pruned.attendance += remove_where(sqlite, "DELETE FROM attendance WHERE meeting = ?1", target);
            pruned.counts += remove_where(sqlite, "DELETE FROM attendance_count WHERE meeting = ?1", target);
        }
        pruned.reminders = unwrap(db.prune_log(log_before));
        transaction.commit();
        return pruned;
    });
}

time::CivilDate months_before(const time::CivilDate& day, int months) {
    const int index = day.year * 12 + (day.month - 1) - months;
    time::CivilDate out{index / 12, index % 12 + 1, day.day};
    out.day = std::min(out.day, time::days_in_month(out.year, out.month));
    return out;
}

}  // namespace netadmin::state
