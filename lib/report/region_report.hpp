// The region report as data: everything the registry knows about one region
// (its area and municipalities, births, centres by kind, the municipalities
// without a centre, its networks and their meetings, its programmes with
// their parts, contacts, resources and outlook). Renderers in render/ turn
// it into text, markdown, HTML or JSON.
#pragma once

#include "model/registry.hpp"
#include "report/parts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::report {

// A centre as the region report shows it: the entity, whose own fields the
// renderers read (and the JSON writes from its field table), and what
// follows from it.
struct CentrePart {
    const model::Centre* entity = nullptr;  // never null in a built part
    std::string municipality;               // name
    std::string municipality_code;          // SCB code
    InferencePart inference;
};

struct NetworkPart {
    std::string id;
    std::string name;
    std::optional<time::FuzzyDate> founded;
    std::string frequency;
    std::vector<std::string> topics;
    std::string summary;
    std::vector<PersonPart> contacts;
    std::vector<MeetingPart> past;      // recorded as held, or dated before today; oldest first
    std::vector<MeetingPart> upcoming;  // today or later, then those without a date; the first is `next`
};

struct ProgrammePart {
    std::string id;
    std::string name;
    std::string short_name;
    std::string kind;
    std::string summary;
    std::string purpose;
    std::optional<time::FuzzyDate> starts;
    std::optional<time::FuzzyDate> ends;
    std::optional<model::Count> parts;
    std::vector<PersonPart> leaders;
    std::vector<std::string> organisers;
    std::vector<std::string> funders;
    std::vector<std::string> developed_by;  // organisations that made its material
    std::vector<std::string> participants;  // centre names
    std::vector<MeetingPart> sessions;      // in order; the next one to come is marked `next`
    InferencePart inference;
};

struct RegionView {
    std::string id;
    std::string name;
    std::string county_code;
    std::string county_name;
    std::string summary;
    std::string outlook;
    std::optional<model::Count> area_share_percent;
    std::optional<model::Count> births_per_year;
    std::vector<std::string> municipalities;  // of the county, Swedish order
    std::vector<CentrePart> centres;          // full first, then similar, then unknown; by name
    int full_centres = 0;
    int similar_centres = 0;
    std::vector<std::string> municipalities_with_full;
    std::vector<std::string> municipalities_with_only_similar;
    std::vector<std::string> municipalities_without_centre;
    std::vector<NetworkPart> networks;
    std::vector<ProgrammePart> programmes;
    std::vector<PersonPart> contacts;
    std::vector<ResourcePart> resources;      // links and files of the region, its meetings and programmes
    std::vector<MeetingPart> other_meetings;  // neither network nor programme
    InferencePart inference;
    std::vector<SourcePart> sources;       // of everything above
    std::optional<time::FuzzyDate> as_of;  // see report::as_of
};

// Precondition: `region` is a region of `registry`.
RegionView build_region_view(const model::Registry& registry, const model::Region& region,
                             const time::CivilDate& today);

// Programmes of a region with their sessions, shared with the programme report.
ProgrammePart programme_part(const model::Registry& registry, const model::Programme& programme,
                             const time::CivilDate& today);
std::vector<MeetingPart> programme_sessions(const model::Registry& registry, const std::string& programme_id,
                                            const time::CivilDate& today);
// Cites the sources of a programme, its people, organisations and sessions.
void cite_programme(SourceCollector& sources, const model::Registry& registry, const model::Programme& programme);

}  // namespace netadmin::report
