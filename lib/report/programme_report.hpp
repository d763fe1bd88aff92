// The programme report as data: the invitation and status of one programme
// (purpose, themes, sessions marked held or coming relative to today, venue,
// catering, registration, contact, who takes part, local work, quotes).
#pragma once

#include "model/registry.hpp"
#include "report/programme_progress.hpp"
#include "report/region_report.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::report {

struct VenuePart {
    std::string name;
    std::string building;
    std::string address;
    std::string municipality;
    std::string directions;
    InferencePart inference;
};

struct RegistrationPart {
    std::optional<time::FuzzyDate> deadline;
    bool deadline_passed = false;  // the last day to register is before today
    std::string channel;
    std::string requirement;
};

struct ThemePart {
    std::string id;
    std::string name;
    bool focus = false;
};

struct ProgrammeView {
    ProgrammePart programme;  // name, summary, purpose, dates, leaders, sessions …
    std::string region_id;
    std::string region_name;
    std::optional<model::Count> trained;
    std::string trained_note;
    std::vector<ThemePart> themes;
    std::string audience;
    std::string local_work;
    std::optional<int> reading_hours_per_month;
    std::optional<VenuePart> venue;
    std::vector<std::string> catering;
    std::optional<RegistrationPart> registration;
    std::vector<PersonPart> contacts;
    std::vector<model::Quote> quotes;
    std::vector<ResourcePart> resources;
    int sessions_held = 0;                    // recorded as held
    std::optional<std::size_t> next_session;  // index into programme.sessions
    std::vector<SourcePart> sources;
    std::optional<time::FuzzyDate> as_of;       // see report::as_of
    std::optional<ProgrammeProgress> progress;  // participants, when any are recorded
};

// Precondition: `programme` is a programme of `registry`.
ProgrammeView build_programme_view(const model::Registry& registry, const model::Programme& programme,
                                   const time::CivilDate& today);

}  // namespace netadmin::report
