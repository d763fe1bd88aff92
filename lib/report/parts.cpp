// Resolving ids into the shared report parts (see report/parts.hpp).
#include "report/parts.hpp"

#include "query/lookup.hpp"
#include "query/queries.hpp"
#include "report/listings.hpp"

#include <algorithm>

namespace netadmin::report {

void SourceCollector::cite(const model::Provenance& provenance) {
    for (const auto& id : provenance.sources) {
        if (std::find(ids_.begin(), ids_.end(), id) == ids_.end()) ids_.push_back(id);
    }
}

void SourceCollector::cite_person(const std::string& id) {
    if (const auto* person = registry_.person(id)) {
        cite(person->provenance);
        cite_organisation(person->organisation);
    }
}

void SourceCollector::cite_organisation(const std::string& id) {
    if (const auto* organisation = registry_.organisation(id)) cite(organisation->provenance);
}

std::vector<SourcePart> SourceCollector::take() const {
    std::vector<SourcePart> parts;
    for (const auto& id : ids_) {
        const auto* source = registry_.source(id);
        if (source == nullptr) continue;
        parts.push_back({source->id, source->title, source->publisher, source->url, source->published, source->accessed,
                         source->provenance.inferred, source->provenance.inference_note});
    }
    return parts;
}

namespace {

std::optional<time::FuzzyDate> latest(std::optional<time::FuzzyDate> best, const std::optional<time::FuzzyDate>& date) {
    if (date && (!best || date->last_day() > best->last_day())) return date;
    return best;
}

}  // namespace

std::optional<time::FuzzyDate> as_of(const model::Registry& registry, const std::vector<SourcePart>& sources) {
    if (registry.settings.as_of) return registry.settings.as_of;
    std::optional<time::FuzzyDate> best;
    for (const auto& source : sources) best = latest(best, source.published ? source.published : source.accessed);
    return best;
}

std::optional<time::FuzzyDate> registry_as_of(const model::Registry& registry) {
    if (registry.settings.as_of) return registry.settings.as_of;
    std::optional<time::FuzzyDate> best;
    for (const auto& source : registry.sources)
        best = latest(best, source.published ? source.published : source.accessed);
    return best;
}

bool InferencePart::has(std::string_view key) const { return std::find(keys.begin(), keys.end(), key) != keys.end(); }

InferencePart inference_part(const model::Provenance& provenance) {
    return {provenance.inferred, provenance.inference_note};
}

PersonPart person_part(const model::Registry& registry, const model::Person& person) {
    PersonPart part;
    part.id = person.id;
    part.name = query::display_name(person);
    part.has_name = !person.name.empty();
    part.role = person.role;
    if (const auto* organisation = registry.organisation(person.organisation)) part.organisation = organisation->name;
    part.email = person.email;
    part.phone = person.phone;
    part.publish_contact = person.publish_contact;
    part.inference = inference_part(person.provenance);
    return part;
}

std::vector<PersonPart> people_parts(const model::Registry& registry, const std::vector<model::Id>& ids) {
    std::vector<PersonPart> parts;
    for (const auto& id : ids) {
        if (const auto* person = registry.person(id)) parts.push_back(person_part(registry, *person));
    }
    return parts;
}

std::vector<std::string> organisation_names(const model::Registry& registry, const std::vector<model::Id>& ids) {
    std::vector<std::string> names;
    for (const auto& id : ids) {
        const auto* organisation = registry.organisation(id);
        names.push_back(organisation != nullptr ? organisation->name : id);
    }
    return names;
}

std::string municipality_name(const model::Registry& registry, const std::string& code) {
    const auto* municipality = registry.reference.municipality_by_code(code);
    return municipality != nullptr ? municipality->name : code;
}

ResourcePart resource_part(const model::Registry& registry, const model::Resource& resource) {
    ResourcePart part;
    part.id = resource.id;
    part.kind = resource.kind;
    part.title = resource.title;
    part.description = resource.description;
    part.url = resource.url;
    part.path = resource.path;
    part.format = resource.format;
    if (const auto* author = registry.person(resource.author)) part.author = query::display_name(*author);
    if (const auto* meeting = registry.meeting(resource.meeting)) part.meeting = meeting->title;
    return part;
}

namespace {

std::vector<std::string> theme_names(const model::Registry& registry, const model::Meeting& meeting) {
    std::vector<std::string> names;
    const auto* programme = registry.programme(meeting.programme);
    for (const auto& id : meeting.themes) {
        std::string name = id;
        if (programme != nullptr) {
            for (const auto& theme : programme->themes) {
                if (theme.id == id) name = theme.name;
            }
        }
        names.push_back(name);
    }
    return names;
}

}  // namespace

MeetingPart meeting_part(const model::Registry& registry, const model::Meeting& meeting, const time::CivilDate& today) {
    MeetingPart part;
    part.entity = &meeting;
    part.cancelled = meeting.status == model::MeetingStatus::cancelled;
    part.held = meeting.status == model::MeetingStatus::held;
    part.date_passed = meeting.date && meeting.date->last_day() < today;
    part.inference = inference_part(meeting.provenance);
    part.place = query::meeting_place(registry, meeting);
    if (!meeting.municipality_code.empty()) part.municipality = municipality_name(registry, meeting.municipality_code);
    part.themes = theme_names(registry, meeting);
    for (const auto& speaker : meeting.speakers) {
        const auto* person = registry.person(speaker.person);
        if (person != nullptr) part.speakers.push_back({person_part(registry, *person), speaker.topic});
    }
    part.participant_organisations = organisation_names(registry, meeting.participant_organisations);
    for (const auto& resource : registry.resources) {
        if (resource.meeting == meeting.id) part.resources.push_back(resource_part(registry, resource));
    }
    return part;
}

}  // namespace netadmin::report
