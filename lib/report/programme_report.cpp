// Builds the programme report (report/programme_report.hpp) from the registry.
#include "report/programme_report.hpp"

namespace netadmin::report {
namespace {

std::optional<VenuePart> venue_part(const model::Registry& registry, const model::Id& id) {
    const auto* venue = registry.venue(id);
    if (venue == nullptr) return std::nullopt;
    return VenuePart{venue->name,
                     venue->building,
                     venue->address,
                     venue->municipality_code.empty() ? "" : municipality_name(registry, venue->municipality_code),
                     venue->directions,
                     inference_part(venue->provenance)};
}

void mark_progress(ProgrammeView& view) {
    const auto& sessions = view.programme.sessions;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        if (sessions[i].held) ++view.sessions_held;
        if (sessions[i].next) view.next_session = i;
    }
}

}  // namespace

ProgrammeView build_programme_view(const model::Registry& registry, const model::Programme& programme,
                                   const time::CivilDate& today) {
    ProgrammeView view;
    view.programme = programme_part(registry, programme, today);
    view.region_id = programme.region;
    if (const auto* region = registry.region(programme.region)) view.region_name = region->name;
    view.trained = programme.trained;
    view.trained_note = programme.trained_note;
    for (const auto& theme : programme.themes) view.themes.push_back({theme.id, theme.name, theme.focus});
    view.audience = programme.audience;
    view.local_work = programme.local_work;
    view.reading_hours_per_month = programme.reading_hours_per_month;
    view.venue = venue_part(registry, programme.venue);
    view.catering = programme.catering;
    if (programme.registration) {
        const auto& registration = *programme.registration;
        view.registration =
            RegistrationPart{registration.deadline, registration.deadline && registration.deadline->last_day() < today,
                             registration.channel, registration.requirement};
    }
    view.contacts = people_parts(registry, programme.contacts);
    view.quotes = programme.quotes;
    for (const auto& resource : registry.resources) {
        if (resource.programme == programme.id) view.resources.push_back(resource_part(registry, resource));
    }
    mark_progress(view);
    SourceCollector sources(registry);
    cite_programme(sources, registry, programme);
    for (const auto& resource : registry.resources) {
        if (resource.programme == programme.id) sources.cite(resource.provenance);
    }
    view.sources = sources.take();
    view.as_of = as_of(registry, view.sources);
    return view;
}

}  // namespace netadmin::report
