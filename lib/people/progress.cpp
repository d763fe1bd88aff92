// Programme progress from registrations and attendance (see progress.hpp).
#include "people/progress.hpp"

#include "util/collate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace netadmin::people {
namespace {

std::vector<const model::Meeting*> sessions_of(const model::Registry& registry, const model::Programme& programme) {
    std::vector<const model::Meeting*> sessions;
    for (const auto& meeting : registry.meetings) {
        if (meeting.programme == programme.id) sessions.push_back(&meeting);
    }
    std::stable_sort(sessions.begin(), sessions.end(), [](const auto* a, const auto* b) {
        if (a->date && b->date) return time::compare(*a->date, *b->date) < 0;
        return a->date.has_value() && !b->date.has_value();
    });
    return sessions;
}

std::vector<report::GroupProgress> sorted(std::map<std::string, report::GroupProgress> groups) {
    std::vector<report::GroupProgress> out;
    for (auto& entry : groups) out.push_back(std::move(entry.second));
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        const auto order = util::compare_swedish(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return out;
}

}  // namespace

std::optional<report::ProgrammeProgress> programme_progress(const model::Registry& registry,
                                                            const model::Programme& programme,
                                                            state::Participants& participants) {
    if (!participants.has_tables()) return std::nullopt;
    const auto sessions = sessions_of(registry, programme);
    std::vector<std::string> targets{programme.id};
    std::vector<std::string> session_ids;
    for (const auto* session : sessions) {
        targets.push_back(session->id);
        session_ids.push_back(session->id);
    }
    const auto registrations = participants.registrations(targets);
    const auto attendance = participants.attendance(session_ids);
    report::ProgrammeProgress progress;
    bool any_count = false;
    // Each address's key is made once: a report reads tens of thousands of rows.
    std::unordered_map<std::string, std::unordered_set<std::string>> present;  // session -> e-mail keys
    std::unordered_map<std::string, std::size_t> walk_ins;                     // session -> walk-ins
    for (const auto& row : attendance) {
        present[row.meeting].insert(state::email_key(row.email));
        if (row.walk_in) ++walk_ins[row.meeting];
    }

    // Who registered for the programme as a whole, and for each session
    // only, by e-mail key; a session counts both, each address once.
    std::unordered_map<std::string, const state::RegistrationRow*> programme_people;
    std::unordered_map<std::string, std::unordered_set<std::string>> session_people;
    for (const auto& row : registrations) {
        auto key = state::email_key(row.email);
        if (row.target == programme.id) {
            programme_people.emplace(std::move(key), &row);
        } else {
            session_people[row.target].insert(std::move(key));
        }
    }
    std::vector<const model::Meeting*> named_sessions;  // with names recorded
    for (const auto* session : sessions) {
        report::SessionProgress line;
        line.id = session->id;
        line.title = session->title;
        line.date = session->date;
        line.registered = programme_people.size();
        if (const auto only = session_people.find(session->id); only != session_people.end()) {
            for (const auto& key : only->second) line.registered += programme_people.count(key) == 0 ? 1 : 0;
        }
        const auto here = present.find(session->id);
        if (here != present.end()) {
            line.present = here->second.size();
            line.walk_ins = walk_ins[session->id];
            named_sessions.push_back(session);
        }
        if (auto number = participants.attendance_count(session->id)) {
            line.count = *number;
            any_count = true;
        }
        line.recorded = here != present.end() || !line.count.empty();
        progress.sessions.push_back(std::move(line));
    }
    if (programme_people.empty() && attendance.empty() && !any_count) return std::nullopt;

    std::map<std::string, report::GroupProgress> centres;
    std::map<std::string, report::GroupProgress> municipalities;
    std::map<std::string, std::set<std::string>> centre_missed;  // centre id -> session ids nobody attended
    std::map<std::string, std::set<std::string>> centre_attended;
    for (const auto& [key, row] : programme_people) {
        bool trained = !named_sessions.empty();
        for (const auto* session : named_sessions) {
            const bool was_there = present[session->id].count(key) > 0;
            trained = trained && was_there;
            if (!row->centre.empty() && was_there) centre_attended[row->centre].insert(session->id);
        }
        ++progress.registered;
        if (trained) ++progress.trained;
        const auto* centre = registry.centre(row->centre);
        const auto centre_key = centre != nullptr ? centre->id : "~" + row->workplace;
        auto& group = centres[centre_key];
        group.id = centre != nullptr ? centre->id : "";
        group.name = centre != nullptr ? centre->name : row->workplace;
        ++group.registered;
        group.trained += trained ? 1 : 0;
        auto& place = municipalities[row->municipality];
        place.name = row->municipality;
        ++place.registered;
        place.trained += trained ? 1 : 0;
    }
    progress.centres = sorted(std::move(centres));
    progress.municipalities = sorted(std::move(municipalities));
    for (const auto& group : progress.centres) {
        if (group.id.empty()) continue;
        report::MissedSessions missed{group.name, {}};
        for (const auto* session : named_sessions) {
            if (centre_attended[group.id].count(session->id) == 0) missed.sessions.push_back(session->title);
        }
        if (!missed.sessions.empty()) progress.missed.push_back(std::move(missed));
    }
    progress.stated_trained = programme.trained;
    return progress;
}

void mark_held(report::ProgrammeView& view, const report::ProgrammeProgress& progress) {
    for (auto& session : view.programme.sessions) {
        for (const auto& line : progress.sessions) {
            if (line.id == session.entity->id && line.recorded && !session.held && !session.cancelled) {
                session.held = true;
                ++view.sessions_held;
            }
        }
    }
}

}  // namespace netadmin::people
