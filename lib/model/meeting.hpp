// A meeting: a network meeting, a conference, a programme's session … The
// struct is followed by its field table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace netadmin::model {

struct Meeting {
    Id id;
    MeetingKind kind = MeetingKind::other;
    std::string title;
    Id region;
    Id network;
    Id programme;
    std::optional<int> session;           // order within the programme
    std::optional<time::FuzzyDate> date;  // unset: place known, date not yet
    std::optional<time::TimeOfDay> start;
    std::optional<time::TimeOfDay> end;
    MeetingStatus status = MeetingStatus::scheduled;
    std::optional<time::FuzzyDate> moved_from;  // earlier date, when moved
    Id venue;
    std::string place;              // town or free text when there is no venue
    std::string municipality_code;  // resolved from `place` when it names one
    std::vector<Id> organisers;     // organisations
    std::string theme;              // theme or question of the day, free text
    std::vector<Id> themes;         // ids of the programme's themes
    std::string summary;
    std::vector<Speaker> speakers;
    std::optional<Count> participants;
    std::vector<Id> participant_organisations;
    std::string invited;  // who was invited, free text
    std::string outcome;  // documentation, decisions
    std::optional<Registration> registration;
    std::vector<std::string> catering;
    std::optional<std::vector<Id>> recipients;  // replaces the derived list
    std::vector<Id> extra_recipients;
    ReminderRules reminders;
    std::vector<Id> former_ids;  // ids it had before a rename (the reminder log honours them)
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Meeting> kMeetingFields[] = {
    {.key = "kind",
     .type = ValueType::word,
     .member = &Meeting::kind,
     .required = true,
     .doc = "network-meeting, conference, programme-session, dialogue-day, planning-meeting, coordinators-meeting, "
            "house-meeting, other"},
    {.key = "title",
     .type = ValueType::text,
     .member = &Meeting::title,
     .required = true,
     .doc = "the meeting's title"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Meeting::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's, else its network's, else its programme's region",
     .file_region = true},
    {.key = "network",
     .type = ValueType::id,
     .member = &Meeting::network,
     .refers_to = EntityKind::network,
     .doc = "the network that meets"},
    {.key = "programme",
     .type = ValueType::id,
     .member = &Meeting::programme,
     .refers_to = EntityKind::programme,
     .doc = "for sessions"},
    {.key = "session",
     .type = ValueType::integer,
     .member = &Meeting::session,
     .doc = "order of a session within its programme (1–1000)",
     .min = 1,
     .max = 1000},
    {.key = "date",
     .type = ValueType::date,
     .member = &Meeting::date,
     .doc = "any precision; leave out when only the place is known"},
    {.key = "start",
     .type = ValueType::time,
     .member = &Meeting::start,
     .doc = "needs a date with a day",
     .shown_as = "time"},
    {.key = "end", .type = ValueType::time, .member = &Meeting::end, .doc = "not before start", .shown_as = "time"},
    {.key = "status",
     .type = ValueType::word,
     .member = &Meeting::status,
     .doc = "planned (default), held, cancelled, moved"},
    {.key = "moved_from",
     .type = ValueType::date,
     .member = &Meeting::moved_from,
     .doc = "the earlier date, when a meeting was moved"},
    {.key = "venue",
     .type = ValueType::id,
     .member = &Meeting::venue,
     .refers_to = EntityKind::venue,
     .doc = "where it takes place; default: its programme's venue"},
    {.key = "place",
     .type = ValueType::text,
     .member = &Meeting::place,
     .doc = "a place in words (a municipality name places it there)"},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &Meeting::municipality_code,
     .doc = "where it takes place"},
    {.key = "organisers",
     .type = ValueType::id_list,
     .member = &Meeting::organisers,
     .refers_to = EntityKind::organisation,
     .doc = "organisations"},
    {.key = "theme", .type = ValueType::text, .member = &Meeting::theme, .doc = "theme or question of the day"},
    {.key = "themes", .type = ValueType::text_list, .member = &Meeting::themes, .doc = "ids of the programme's themes"},
    {.key = "summary", .type = ValueType::text, .member = &Meeting::summary, .doc = "in your words"},
    {.key = "speakers", .type = ValueType::table_list, .member = &Meeting::speakers, .doc = "{ person, topic }"},
    {.key = "participants",
     .type = ValueType::count,
     .member = &Meeting::participants,
     .doc = "with status = \"held\", how many came"},
    {.key = "participant_organisations",
     .type = ValueType::id_list,
     .member = &Meeting::participant_organisations,
     .refers_to = EntityKind::organisation,
     .doc = "organisations that took part"},
    {.key = "invited", .type = ValueType::text, .member = &Meeting::invited, .doc = "who was invited"},
    {.key = "outcome", .type = ValueType::text, .member = &Meeting::outcome, .doc = "documentation, decisions"},
    {.key = "registration",
     .type = ValueType::table,
     .member = &Meeting::registration,
     .doc = "{ deadline, channel, requirement }"},
    {.key = "catering", .type = ValueType::text_list, .member = &Meeting::catering, .doc = "meals and coffee served"},
    {.key = "recipients",
     .type = ValueType::id_list,
     .member = &Meeting::recipients,
     .refers_to = EntityKind::person,
     .doc = "replaces the reminder recipients derived from the registry"},
    {.key = "extra_recipients",
     .type = ValueType::id_list,
     .member = &Meeting::extra_recipients,
     .refers_to = EntityKind::person,
     .doc = "adds to them"},
    {.key = "reminders",
     .type = ValueType::table,
     .member = &Meeting::reminders,
     .doc = "reminder days for this meeting"},
    {.key = "former_ids",
     .type = ValueType::text_list,
     .member = &Meeting::former_ids,
     .doc = "ids this meeting had before: its reminder history stays with it"},
};
template <>
constexpr std::span<const Field<Meeting>> fields_of<Meeting>() {
    return kMeetingFields;
}

}  // namespace netadmin::model
