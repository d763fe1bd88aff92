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
     .doc = catalog::Msg::doc_meeting_kind},
    {.key = "title",
     .type = ValueType::text,
     .member = &Meeting::title,
     .required = true,
     .doc = catalog::Msg::doc_meeting_title},
    {.key = "region",
     .type = ValueType::id,
     .member = &Meeting::region,
     .refers_to = EntityKind::region,
     .doc = catalog::Msg::doc_meeting_region,
     .file_region = true},
    {.key = "network",
     .type = ValueType::id,
     .member = &Meeting::network,
     .refers_to = EntityKind::network,
     .doc = catalog::Msg::doc_meeting_network},
    {.key = "programme",
     .type = ValueType::id,
     .member = &Meeting::programme,
     .refers_to = EntityKind::programme,
     .doc = catalog::Msg::doc_meeting_programme},
    {.key = "session",
     .type = ValueType::integer,
     .member = &Meeting::session,
     .doc = catalog::Msg::doc_meeting_session,
     .min = 1,
     .max = 1000},
    {.key = "date", .type = ValueType::date, .member = &Meeting::date, .doc = catalog::Msg::doc_meeting_date},
    {.key = "start",
     .type = ValueType::time,
     .member = &Meeting::start,
     .doc = catalog::Msg::doc_meeting_start,
     .shown_as = "time"},
    {.key = "end",
     .type = ValueType::time,
     .member = &Meeting::end,
     .doc = catalog::Msg::doc_meeting_end,
     .shown_as = "time"},
    {.key = "status", .type = ValueType::word, .member = &Meeting::status, .doc = catalog::Msg::doc_meeting_status},
    {.key = "moved_from",
     .type = ValueType::date,
     .member = &Meeting::moved_from,
     .doc = catalog::Msg::doc_meeting_moved_from},
    {.key = "venue",
     .type = ValueType::id,
     .member = &Meeting::venue,
     .refers_to = EntityKind::venue,
     .doc = catalog::Msg::doc_meeting_venue},
    {.key = "place", .type = ValueType::text, .member = &Meeting::place, .doc = catalog::Msg::doc_meeting_place},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &Meeting::municipality_code,
     .doc = catalog::Msg::doc_meeting_municipality},
    {.key = "organisers",
     .type = ValueType::id_list,
     .member = &Meeting::organisers,
     .refers_to = EntityKind::organisation,
     .doc = catalog::Msg::doc_meeting_organisers},
    {.key = "theme", .type = ValueType::text, .member = &Meeting::theme, .doc = catalog::Msg::doc_meeting_theme},
    {.key = "themes",
     .type = ValueType::text_list,
     .member = &Meeting::themes,
     .doc = catalog::Msg::doc_meeting_themes},
    {.key = "summary", .type = ValueType::text, .member = &Meeting::summary, .doc = catalog::Msg::doc_meeting_summary},
    {.key = "speakers",
     .type = ValueType::table_list,
     .member = &Meeting::speakers,
     .doc = catalog::Msg::doc_meeting_speakers},
    {.key = "participants",
     .type = ValueType::count,
     .member = &Meeting::participants,
     .doc = catalog::Msg::doc_meeting_participants},
    {.key = "participant_organisations",
     .type = ValueType::id_list,
     .member = &Meeting::participant_organisations,
     .refers_to = EntityKind::organisation,
     .doc = catalog::Msg::doc_meeting_participant_organisations},
    {.key = "invited", .type = ValueType::text, .member = &Meeting::invited, .doc = catalog::Msg::doc_meeting_invited},
    {.key = "outcome", .type = ValueType::text, .member = &Meeting::outcome, .doc = catalog::Msg::doc_meeting_outcome},
    {.key = "registration",
     .type = ValueType::table,
     .member = &Meeting::registration,
     .doc = catalog::Msg::doc_meeting_registration},
    {.key = "catering",
     .type = ValueType::text_list,
     .member = &Meeting::catering,
     .doc = catalog::Msg::doc_meeting_catering},
    {.key = "recipients",
     .type = ValueType::id_list,
     .member = &Meeting::recipients,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_meeting_recipients},
    {.key = "extra_recipients",
     .type = ValueType::id_list,
     .member = &Meeting::extra_recipients,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_meeting_extra_recipients},
    {.key = "reminders",
     .type = ValueType::table,
     .member = &Meeting::reminders,
     .doc = catalog::Msg::doc_meeting_reminders},
    {.key = "former_ids",
     .type = ValueType::text_list,
     .member = &Meeting::former_ids,
     .doc = catalog::Msg::doc_meeting_former_ids},
};
template <>
constexpr std::span<const Field<Meeting>> fields_of<Meeting>() {
    return kMeetingFields;
}

}  // namespace netadmin::model
