// A programme's participants as data, for the programme report: registered
// and present per session, per centre and per municipality how many
// registered and how many attended every session, the registered centres
// that missed a session, the participating centres nobody has registered
// from yet, and the number trained beside the registry's stated count. Computed from the state database by
// people/progress.hpp; absent (and the report unchanged) when no participant is recorded.
#pragma once

#include "model/count.hpp"
#include "time/fuzzy_date.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::report {

struct SessionProgress {
    std::string id;
    std::string title;
    std::optional<time::FuzzyDate> date;
    std::size_t registered = 0;  // for the programme or this session
    std::size_t present = 0;     // named, walk-ins included
    std::size_t walk_ins = 0;
    std::string count;      // the number recorded when names are not ("ett 30-tal"); empty otherwise
    bool recorded = false;  // attendance recorded: the session counts as held
};

struct GroupProgress {
    std::string id;  // centre id; empty for a municipality or a workplace not in the registry
    std::string name;
    std::size_t registered = 0;
    std::size_t trained = 0;  // attended every session with recorded names
};

struct MissedSessions {
    std::string centre;                 // its name
    std::vector<std::string> sessions;  // titles of the recorded sessions nobody of it attended
};

struct ProgrammeProgress {
    std::vector<SessionProgress> sessions;
    std::vector<GroupProgress> centres;         // by name, the Swedish way
    std::vector<GroupProgress> municipalities;  // by name
    std::vector<MissedSessions> missed;
    // The programme's participating centres (`participants`) with nobody
    // registered for it or its sessions; by name. Counts are zero.
    std::vector<GroupProgress> unregistered;
    std::size_t registered = 0;
    std::size_t trained = 0;
    std::optional<model::Count> stated_trained;  // what the registry says
};

}  // namespace netadmin::report
