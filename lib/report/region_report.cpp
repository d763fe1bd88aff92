// Builds the region report (report/region_report.hpp) from the registry.
#include "report/region_report.hpp"

#include "query/queries.hpp"
#include "util/collate.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace netadmin::report {
namespace {

int kind_rank(const std::optional<model::CentreKind>& kind) {
    if (!kind) return 2;
    return *kind == model::CentreKind::full ? 0 : 1;
}

CentrePart centre_part(const model::Registry& registry, const model::Centre& centre) {
    return {&centre, municipality_name(registry, centre.municipality_code), centre.municipality_code,
            inference_part(centre.provenance)};
}

std::vector<CentrePart> region_centres(const model::Registry& registry, const std::string& region_id) {
    std::vector<CentrePart> centres;
    for (const auto* centre : query::centres(registry, {region_id, "", std::nullopt, std::nullopt})) {
        centres.push_back(centre_part(registry, *centre));
    }
    // query::centres sorts by name; keep that order within each kind.
    std::stable_sort(centres.begin(), centres.end(), [](const CentrePart& a, const CentrePart& b) {
        return kind_rank(a.entity->kind) < kind_rank(b.entity->kind);
    });
    return centres;
}

void classify_municipalities(const model::Registry& registry, RegionView& view) {
    std::set<std::string> full;
    std::set<std::string> similar;
    for (const auto& centre : view.centres) {
        const auto& kind = centre.entity->kind;
        if (!kind) continue;
        (*kind == model::CentreKind::full ? full : similar).insert(centre.municipality_code);
        ++(*kind == model::CentreKind::full ? view.full_centres : view.similar_centres);
    }
    for (const auto* municipality : registry.reference.municipalities_in(view.county_code)) {
        view.municipalities.push_back(municipality->name);
        const bool has_full = full.count(municipality->code) != 0;
        const bool has_similar = similar.count(municipality->code) != 0;
        if (has_full)
            view.municipalities_with_full.push_back(municipality->name);
        else if (has_similar)
            view.municipalities_with_only_similar.push_back(municipality->name);
        else
            view.municipalities_without_centre.push_back(municipality->name);
    }
    for (auto* list : {&view.municipalities, &view.municipalities_with_full, &view.municipalities_with_only_similar,
                       &view.municipalities_without_centre}) {
        std::sort(list->begin(), list->end(), util::SwedishLess{});
    }
}

// The first meeting still to come is the next one; cancelled ones are skipped.
void mark_next(std::vector<MeetingPart>& meetings) {
    for (auto& meeting : meetings) {
        if (meeting.held || meeting.cancelled || meeting.date_passed) continue;
        meeting.next = true;
        return;
    }
}

void cite_network(SourceCollector& sources, const model::Registry& registry, const model::Network& network) {
    sources.cite(network.provenance);
    for (const auto& id : network.contacts) sources.cite_person(id);
    for (const auto& meeting : registry.meetings) {
        if (meeting.network != network.id) continue;
        sources.cite(meeting.provenance);
        for (const auto& speaker : meeting.speakers) sources.cite_person(speaker.person);
        for (const auto& id : meeting.participant_organisations) sources.cite_organisation(id);
    }
}

NetworkPart network_part(const model::Registry& registry, const model::Network& network, const time::CivilDate& today) {
    NetworkPart part{network.id,
                     network.name,
                     network.founded,
                     network.frequency,
                     network.topics,
                     network.summary,
                     people_parts(registry, network.contacts),
                     {},
                     {}};
    query::MeetingFilter filter;
    filter.network = network.id;
    for (const auto* meeting : query::meetings(registry, filter)) {
        auto meeting_view = meeting_part(registry, *meeting, today);
        const bool past = meeting_view.held || meeting_view.date_passed;
        (past ? part.past : part.upcoming).push_back(std::move(meeting_view));
    }
    mark_next(part.upcoming);
    return part;
}

void add_resources(const model::Registry& registry, RegionView& view, SourceCollector& sources) {
    std::set<std::string> programme_ids;
    for (const auto& programme : view.programmes) programme_ids.insert(programme.id);
    for (const auto& resource : registry.resources) {
        const auto* meeting = registry.meeting(resource.meeting);
        const bool ours = resource.region == view.id || (meeting != nullptr && meeting->region == view.id) ||
                          programme_ids.count(resource.programme) != 0;
        if (!ours) continue;
        view.resources.push_back(resource_part(registry, resource));
        sources.cite(resource.provenance);
    }
}

}  // namespace

void cite_programme(SourceCollector& sources, const model::Registry& registry, const model::Programme& programme) {
    sources.cite(programme.provenance);
    for (const auto* ids : {&programme.leaders, &programme.contacts}) {
        for (const auto& id : *ids) sources.cite_person(id);
    }
    for (const auto* ids : {&programme.organisers, &programme.funders, &programme.developed_by}) {
        for (const auto& id : *ids) sources.cite_organisation(id);
    }
    for (const auto& id : programme.participants) {
        if (const auto* centre = registry.centre(id)) sources.cite(centre->provenance);
    }
    if (const auto* venue = registry.venue(programme.venue)) sources.cite(venue->provenance);
    for (const auto& meeting : registry.meetings) {
        if (meeting.programme != programme.id) continue;
        sources.cite(meeting.provenance);
        if (const auto* venue = registry.venue(meeting.venue)) sources.cite(venue->provenance);
        for (const auto& speaker : meeting.speakers) sources.cite_person(speaker.person);
        for (const auto& id : meeting.participant_organisations) sources.cite_organisation(id);
    }
}

std::vector<MeetingPart> programme_sessions(const model::Registry& registry, const std::string& programme_id,
                                            const time::CivilDate& today) {
    query::MeetingFilter filter;
    filter.programme = programme_id;
    auto meetings = query::meetings(registry, filter);
    // The programme's own numbering wins over the calendar where it is given.
    std::stable_sort(meetings.begin(), meetings.end(), [](const model::Meeting* a, const model::Meeting* b) {
        return a->session.value_or(1 << 30) < b->session.value_or(1 << 30);
    });
    std::vector<MeetingPart> sessions;
    sessions.reserve(meetings.size());
    for (const auto* meeting : meetings) sessions.push_back(meeting_part(registry, *meeting, today));
    mark_next(sessions);
    return sessions;
}

ProgrammePart programme_part(const model::Registry& registry, const model::Programme& programme,
                             const time::CivilDate& today) {
    std::vector<std::string> participants;
    for (const auto& id : programme.participants) {
        const auto* centre = registry.centre(id);
        participants.push_back(centre != nullptr ? centre->name : id);
    }
    return {programme.id,
            programme.name,
            programme.short_name,
            programme.kind,
            programme.summary,
            programme.purpose,
            programme.starts,
            programme.ends,
            programme.parts,
            people_parts(registry, programme.leaders),
            organisation_names(registry, programme.organisers),
            organisation_names(registry, programme.funders),
            organisation_names(registry, programme.developed_by),
            std::move(participants),
            programme_sessions(registry, programme.id, today),
            inference_part(programme.provenance)};
}

RegionView build_region_view(const model::Registry& registry, const model::Region& region,
                             const time::CivilDate& today) {
    RegionView view;
    SourceCollector sources(registry);
    sources.cite(region.provenance);
    view.inference = inference_part(region.provenance);
    view.id = region.id;
    view.name = region.name;
    view.county_code = region.county_code;
    if (const auto* county = registry.reference.county(region.county_code)) view.county_name = county->name;
    view.summary = region.summary;
    view.outlook = region.outlook;
    view.area_share_percent = region.area_share_percent;
    view.births_per_year = region.births_per_year;
    view.centres = region_centres(registry, region.id);
    for (const auto& centre : view.centres) sources.cite(centre.entity->provenance);
    classify_municipalities(registry, view);
    for (const auto& network : registry.networks) {
        if (network.region != region.id) continue;
        view.networks.push_back(network_part(registry, network, today));
        cite_network(sources, registry, network);
    }
    for (const auto& programme : registry.programmes) {
        if (programme.region != region.id) continue;
        view.programmes.push_back(programme_part(registry, programme, today));
        cite_programme(sources, registry, programme);
    }
    std::sort(view.programmes.begin(), view.programmes.end(),
              [](const ProgrammePart& a, const ProgrammePart& b) { return util::compare_swedish(a.name, b.name) < 0; });
    for (const auto* meeting : query::meetings(registry, {region.id, "", "", std::nullopt, std::nullopt})) {
        if (meeting->network.empty() && meeting->programme.empty()) {
            view.other_meetings.push_back(meeting_part(registry, *meeting, today));
            sources.cite(meeting->provenance);
        }
    }
    view.contacts = people_parts(registry, region.contacts);
    for (const auto& id : region.contacts) sources.cite_person(id);
    add_resources(registry, view, sources);
    view.sources = sources.take();
    view.as_of = as_of(registry, view.sources);
    return view;
}

}  // namespace netadmin::report
