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

// Who was at each session, by e-mail key, and how many walked in. Each
// address's key is made once: a report reads tens of thousands of rows.
struct Presence {
    std::unordered_map<std::string, std::unordered_set<std::string>> present;  // session -> e-mail keys
    std::unordered_map<std::string, std::size_t> walk_ins;                     // session -> walk-ins
};

Presence presence_of(const std::vector<state::AttendanceRow>& attendance) {
    Presence out;
    for (const auto& row : attendance) {
        out.present[row.meeting].insert(state::email_key(row.email));
        if (row.walk_in) ++out.walk_ins[row.meeting];
    }
    return out;
}

// Who registered for the programme as a whole, and for each session
// only, by e-mail key; a session counts both, each address once.
struct Registered {
    std::unordered_map<std::string, const state::RegistrationRow*> programme;
    std::unordered_map<std::string, std::unordered_set<std::string>> sessions;
};

Registered registered_of(const std::vector<state::RegistrationRow>& registrations, const std::string& programme_id) {
    Registered out;
    for (const auto& row : registrations) {
        auto key = state::email_key(row.email);
        if (row.target == programme_id) {
            out.programme.emplace(std::move(key), &row);
        } else {
            out.sessions[row.target].insert(std::move(key));
        }
    }
    return out;
}

// Each session's line of the progress; whether any has a head count. The
// sessions with names recorded go to `named_sessions`.
catalog::Result<bool> add_session_lines(report::ProgrammeProgress& progress,
                                        const std::vector<const model::Meeting*>& sessions,
                                        const Registered& registered, Presence& presence,
                                        state::Participants& participants,
                                        std::vector<const model::Meeting*>& named_sessions) {
    bool any_count = false;
    for (const auto* session : sessions) {
        report::SessionProgress line;
        line.id = session->id;
        line.title = session->title;
        line.date = session->date;
        line.registered = registered.programme.size();
        if (const auto only = registered.sessions.find(session->id); only != registered.sessions.end()) {
            for (const auto& key : only->second) line.registered += registered.programme.count(key) == 0 ? 1 : 0;
        }
        const auto here = presence.present.find(session->id);
        if (here != presence.present.end()) {
            line.present = here->second.size();
            line.walk_ins = presence.walk_ins[session->id];
            named_sessions.push_back(session);
        }
        const auto number = participants.attendance_count(session->id);
        if (!number) return number.problem();
        if (*number) {
            line.count = **number;
            any_count = true;
        }
        line.recorded = here != presence.present.end() || !line.count.empty();
        progress.sessions.push_back(std::move(line));
    }
    return any_count;
}

// The people registered for the programme, trained or not, in all, by
// centre and by municipality; the centres that missed a session.
void add_groups(report::ProgrammeProgress& progress, const model::Registry& registry, const Registered& registered,
                Presence& presence, const std::vector<const model::Meeting*>& named_sessions) {
    std::map<std::string, report::GroupProgress> centres;
    std::map<std::string, report::GroupProgress> municipalities;
    std::map<std::string, std::set<std::string>> centre_attended;  // centre id -> sessions someone attended
    for (const auto& [key, row] : registered.programme) {
        bool trained = !named_sessions.empty();
        for (const auto* session : named_sessions) {
            const bool was_there = presence.present[session->id].count(key) > 0;
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
}

// The participating centres nobody has registered from, for the programme
// or any of its sessions.
std::vector<report::GroupProgress> unregistered_centres(const model::Registry& registry,
                                                        const model::Programme& programme,
                                                        const std::vector<state::RegistrationRow>& registrations) {
    std::unordered_set<std::string> registered;
    for (const auto& row : registrations) registered.insert(row.centre);
    std::map<std::string, report::GroupProgress> out;
    for (const auto& id : programme.participants) {
        const auto* centre = registry.centre(id);
        if (centre == nullptr || registered.count(centre->id) > 0) continue;
        out[centre->id] = report::GroupProgress{centre->id, centre->name, 0, 0};
    }
    return sorted(std::move(out));
}

}  // namespace

catalog::Result<std::optional<report::ProgrammeProgress>> programme_progress(const model::Registry& registry,
                                                                             const model::Programme& programme,
                                                                             state::Participants& participants) {
    const auto has_tables = participants.has_tables();
    if (!has_tables) return has_tables.problem();
    if (!*has_tables) return std::optional<report::ProgrammeProgress>();
    const auto sessions = sessions_of(registry, programme);
    std::vector<std::string> targets{programme.id};
    std::vector<std::string> session_ids;
    for (const auto* session : sessions) {
        targets.push_back(session->id);
        session_ids.push_back(session->id);
    }
    const auto registrations_read = participants.registrations(targets);
    if (!registrations_read) return registrations_read.problem();
    const auto attendance_read = participants.attendance(session_ids);
    if (!attendance_read) return attendance_read.problem();
    const auto& registrations = *registrations_read;
    const auto& attendance = *attendance_read;
    auto presence = presence_of(attendance);
    const auto registered = registered_of(registrations, programme.id);
    report::ProgrammeProgress progress;
    std::vector<const model::Meeting*> named_sessions;  // with names recorded
    const auto counted = add_session_lines(progress, sessions, registered, presence, participants, named_sessions);
    if (!counted) return counted.problem();
    if (registered.programme.empty() && attendance.empty() && !*counted) {
        return std::optional<report::ProgrammeProgress>();
    }
    add_groups(progress, registry, registered, presence, named_sessions);
    progress.unregistered = unregistered_centres(registry, programme, registrations);
    progress.stated_trained = programme.trained;
    return std::optional<report::ProgrammeProgress>(std::move(progress));
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
