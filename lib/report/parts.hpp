// Pieces shared by the report views: people, meetings and resources as plain
// values, already resolved from ids to names so renderers need nothing but
// the view. Built from the registry; nothing here formats for an output.
#pragma once

#include "model/registry.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::report {

struct PersonPart {
    std::string id;
    std::string name;  // the e-mail address when no name is known
    bool has_name = false;
    std::string role;
    std::string organisation;  // name
    std::string email;
    std::string phone;
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

struct MeetingPart {
    std::string id;
    model::MeetingKind kind = model::MeetingKind::other;
    std::string title;
    std::optional<int> session;
    std::optional<time::FuzzyDate> date;  // unset: the date is not set yet
    std::optional<time::TimeOfDay> start;
    std::optional<time::TimeOfDay> end;
    bool cancelled = false;
    std::optional<time::FuzzyDate> moved_from;
    bool held = false;  // wholly before today
    std::string place;  // venue or town
    std::string theme;
    std::vector<std::string> themes;  // names of the programme's themes
    std::vector<std::string> theme_ids;
    std::string summary;
    std::vector<SpeakerPart> speakers;
    std::optional<model::Count> participants;
    std::vector<std::string> participant_organisations;  // names
    std::string invited;
    std::string outcome;
    std::vector<ResourcePart> resources;  // files and links from the meeting
};

PersonPart person_part(const model::Registry& registry, const model::Person& person);
std::vector<PersonPart> people_parts(const model::Registry& registry, const std::vector<model::Id>& ids);
std::vector<std::string> organisation_names(const model::Registry& registry, const std::vector<model::Id>& ids);
ResourcePart resource_part(const model::Registry& registry, const model::Resource& resource);
// `today` decides `held`: a meeting is held when its last possible day is before today.
MeetingPart meeting_part(const model::Registry& registry, const model::Meeting& meeting, const time::CivilDate& today);
std::string municipality_name(const model::Registry& registry, const std::string& code);

}  // namespace netadmin::report
