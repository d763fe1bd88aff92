// A programme: training, dialogue or supervision in parts, with its themes and
// sessions. The struct is followed by its field table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace netadmin::model {

struct Programme {
    Id id;
    std::string name;
    std::string short_name;  // "FCD"
    std::string kind;        // "training", "dialogue", "supervision" …
    Id region;
    std::vector<Id> organisers;    // organisations
    std::vector<Id> leaders;       // people leading it
    std::vector<Id> contacts;      // people
    std::vector<Id> funders;       // organisations
    std::vector<Id> developed_by;  // organisations that made the programme's material
    std::string summary;
    std::string purpose;
    std::optional<time::FuzzyDate> starts;
    std::optional<time::FuzzyDate> ends;
    std::optional<Count> parts;
    std::optional<Count> trained;  // staff trained so far
    std::string trained_note;
    std::vector<Theme> themes;
    std::vector<Id> participants;  // centres taking part
    std::string audience;          // who takes part
    std::string local_work;        // work done at home between sessions
    std::optional<int> reading_hours_per_month;
    Id venue;  // default venue of its sessions
    std::vector<std::string> catering;
    std::optional<Registration> registration;
    std::vector<Quote> quotes;
    ReminderRules reminders;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Programme> kProgrammeFields[] = {
    {.key = "name",
     .type = ValueType::text,
     .member = &Programme::name,
     .required = true,
     .doc = catalog::Msg::doc_programme_name},
    {.key = "short_name",
     .type = ValueType::text,
     .member = &Programme::short_name,
     .doc = catalog::Msg::doc_programme_short_name},
    {.key = "kind", .type = ValueType::text, .member = &Programme::kind, .doc = catalog::Msg::doc_programme_kind},
    {.key = "region",
     .type = ValueType::id,
     .member = &Programme::region,
     .refers_to = EntityKind::region,
     .doc = catalog::Msg::doc_programme_region,
     .file_region = true},
    {.key = "organisers",
     .type = ValueType::id_list,
     .member = &Programme::organisers,
     .refers_to = EntityKind::organisation,
     .doc = catalog::Msg::doc_programme_organisers},
    {.key = "leaders",
     .type = ValueType::id_list,
     .member = &Programme::leaders,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_programme_leaders},
    {.key = "contacts",
     .type = ValueType::id_list,
     .member = &Programme::contacts,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_programme_contacts},
    {.key = "funders",
     .type = ValueType::id_list,
     .member = &Programme::funders,
     .refers_to = EntityKind::organisation,
     .doc = catalog::Msg::doc_programme_funders},
    {.key = "developed_by",
     .type = ValueType::id_list,
     .member = &Programme::developed_by,
     .refers_to = EntityKind::organisation,
     .doc = catalog::Msg::doc_programme_developed_by},
    {.key = "summary",
     .type = ValueType::text,
     .member = &Programme::summary,
     .doc = catalog::Msg::doc_programme_summary},
    {.key = "purpose",
     .type = ValueType::text,
     .member = &Programme::purpose,
     .doc = catalog::Msg::doc_programme_purpose},
    {.key = "starts", .type = ValueType::date, .member = &Programme::starts, .doc = catalog::Msg::doc_programme_starts},
    {.key = "ends", .type = ValueType::date, .member = &Programme::ends, .doc = catalog::Msg::doc_programme_ends},
    {.key = "parts", .type = ValueType::count, .member = &Programme::parts, .doc = catalog::Msg::doc_programme_parts},
    {.key = "trained",
     .type = ValueType::count,
     .member = &Programme::trained,
     .doc = catalog::Msg::doc_programme_trained},
    {.key = "trained_note",
     .type = ValueType::text,
     .member = &Programme::trained_note,
     .doc = catalog::Msg::doc_programme_trained_note},
    {.key = "themes",
     .type = ValueType::table_list,
     .member = &Programme::themes,
     .doc = catalog::Msg::doc_programme_themes},
    {.key = "participants",
     .type = ValueType::id_list,
     .member = &Programme::participants,
     .refers_to = EntityKind::centre,
     .doc = catalog::Msg::doc_programme_participants},
    {.key = "audience",
     .type = ValueType::text,
     .member = &Programme::audience,
     .doc = catalog::Msg::doc_programme_audience},
    {.key = "local_work",
     .type = ValueType::text,
     .member = &Programme::local_work,
     .doc = catalog::Msg::doc_programme_local_work},
    {.key = "reading_hours_per_month",
     .type = ValueType::integer,
     .member = &Programme::reading_hours_per_month,
     .doc = catalog::Msg::doc_programme_reading_hours_per_month,
     .min = 0,
     .max = 744},
    {.key = "venue",
     .type = ValueType::id,
     .member = &Programme::venue,
     .refers_to = EntityKind::venue,
     .doc = catalog::Msg::doc_programme_venue},
    {.key = "catering",
     .type = ValueType::text_list,
     .member = &Programme::catering,
     .doc = catalog::Msg::doc_programme_catering},
    {.key = "registration",
     .type = ValueType::table,
     .member = &Programme::registration,
     .doc = catalog::Msg::doc_programme_registration},
    {.key = "quotes",
     .type = ValueType::table_list,
     .member = &Programme::quotes,
     .doc = catalog::Msg::doc_programme_quotes},
    {.key = "reminders",
     .type = ValueType::table,
     .member = &Programme::reminders,
     .doc = catalog::Msg::doc_programme_reminders},
};
template <>
constexpr std::span<const Field<Programme>> fields_of<Programme>() {
    return kProgrammeFields;
}

}  // namespace netadmin::model
