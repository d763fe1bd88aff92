// Pieces shared by the report views: people and resources as plain values,
// already resolved from ids to names; a meeting as its entity (whose own
// fields the renderers read, and the JSON takes from the field table) with
// what is derived or resolved beside it. Built from the registry, which
// must outlive the views; nothing here formats for an output.
#pragma once

#include "model/registry.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::report {

// Fields of an entity that are inferences, and the evidence, as reports show them.
struct InferencePart {
    std::vector<std::string> keys;
    std::string note;
    bool has(std::string_view key) const;
};
InferencePart inference_part(const model::Provenance& provenance);

struct PersonPart {
    std::string id;
    std::string name;  // the e-mail address when no name is known
    bool has_name = false;
    std::string role;
    std::string organisation;  // name
    std::string email;
    std::string phone;
    bool publish_contact = false;  // the person allows the address and phone on published pages
    InferencePart inference;       // of the person: "role", "organisation" …
};

struct SpeakerPart {
    PersonPart person;
    std::string topic;
};

struct ResourcePart {
    std::string id;
    model::ResourceKind kind = model::ResourceKind::link;
    std::string title;
    std::string description;
    std::string url;  // empty when the address is not known
    std::string path;
    std::string format;
    std::string author;   // name
    std::string meeting;  // title of the meeting it belongs to
};

// A meeting as the reports show it: the entity, whose own fields the
// renderers read (and the JSON writes from its field table), and what
// follows from it and the rest of the registry.
struct MeetingPart {
    const model::Meeting* entity = nullptr;              // never null in a built part
    bool cancelled = false;                              // recorded as cancelled
    bool held = false;                                   // recorded as held; a past date alone never makes it so
    bool date_passed = false;                            // wholly before today
    bool next = false;                                   // the next meeting of its network or programme
    std::string place;                                   // venue or town
    std::string municipality;                            // name of entity->municipality_code
    std::vector<std::string> themes;                     // names of the programme's themes, as entity->themes
    std::vector<SpeakerPart> speakers;                   // those whose person is known
    std::vector<std::string> participant_organisations;  // names
    std::vector<ResourcePart> resources;                 // files and links from the meeting
    InferencePart inference;
};

// The sources a report shows, in the order first cited, and the latest
// date among them: the date the report's facts hold ("as of").
struct SourcePart {
    std::string id;
    std::string title;
    std::string publisher;
    std::string url;
    std::optional<time::FuzzyDate> published;
    std::optional<time::FuzzyDate> accessed;
    std::vector<std::string> inferred;  // "published" when the date is an inference
    std::string inference_note;
};

class SourceCollector {
public:
    explicit SourceCollector(const model::Registry& registry) : registry_(registry) {}
    void cite(const model::Provenance& provenance);
    void cite_person(const std::string& id);
    void cite_organisation(const std::string& id);
    std::vector<SourcePart> take() const;

private:
    const model::Registry& registry_;
    std::vector<std::string> ids_;
};

// The registry's `as_of` when it states one, else the latest date of `sources`.
std::optional<time::FuzzyDate> as_of(const model::Registry& registry, const std::vector<SourcePart>& sources);
// The same over every source of the registry (for reports of the whole registry).
std::optional<time::FuzzyDate> registry_as_of(const model::Registry& registry);

PersonPart person_part(const model::Registry& registry, const model::Person& person);
std::vector<PersonPart> people_parts(const model::Registry& registry, const std::vector<model::Id>& ids);
std::vector<std::string> organisation_names(const model::Registry& registry, const std::vector<model::Id>& ids);
ResourcePart resource_part(const model::Registry& registry, const model::Resource& resource);
// `today` decides `date_passed`; only the registry's record decides `held`.
MeetingPart meeting_part(const model::Registry& registry, const model::Meeting& meeting, const time::CivilDate& today);
std::string municipality_name(const model::Registry& registry, const std::string& code);

}  // namespace netadmin::report
