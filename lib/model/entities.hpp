// The registry's entities as plain data, each followed by its field table
// (model/fields.hpp says what a field is). Every entity has a stable string
// id (a lowercase ASCII slug), unique across the whole registry, and
// remembers where it was defined so later checks can point at it; the id,
// that place and the provenance are common to all and not in the tables.
// References between entities are ids; model/registry.hpp resolves them.
//
// The order of a table is the order `show` lists the fields in.
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace netadmin::model {

struct Region {
    Id id;
    std::string name;         // defaults to the county's region name
    std::string county_code;  // "25"
    std::string summary;
    std::string outlook;  // plans and interest in more centres
    std::optional<Count> births_per_year;
    std::optional<Count> area_share_percent;  // share of Sweden's area
    std::vector<Id> contacts;                 // people
    std::string language;                     // "sv" or "en"; empty means the registry default
    ReminderRules reminders;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Region> kRegionFields[] = {
    {.key = "name", .type = ValueType::text, .member = &Region::name, .doc = "default: the county's region name"},
    {.key = "county",
     .type = ValueType::county,
     .member = &Region::county_code,
     .required = true,
     .doc = "county code, data/reference/counties.csv"},
    {.key = "area_share_percent",
     .type = ValueType::count,
     .member = &Region::area_share_percent,
     .doc = "share of Sweden's area"},
    {.key = "births_per_year", .type = ValueType::count, .member = &Region::births_per_year, .doc = "births a year"},
    {.key = "summary",
     .type = ValueType::text,
     .member = &Region::summary,
     .doc = "the state of things, in your words"},
    {.key = "outlook", .type = ValueType::text, .member = &Region::outlook, .doc = "plans, interest in more centres"},
    {.key = "contacts",
     .type = ValueType::id_list,
     .member = &Region::contacts,
     .refers_to = EntityKind::person,
     .doc = "people"},
    {.key = "language",
     .type = ValueType::language,
     .member = &Region::language,
     .doc = "language of reminders for this region (sv, en)"},
    {.key = "reminders",
     .type = ValueType::table,
     .member = &Region::reminders,
     .doc = "reminder days for this region"},
};
template <>
constexpr std::span<const Field<Region>> fields_of<Region>() {
    return kRegionFields;
}

struct Organisation {
    Id id;
    std::string name;
    std::string kind;  // free text: "region", "kommun", "company", "authority", "unit" …
    Id parent;         // organisation
    Id region;
    std::string municipality_code;
    std::string url;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Organisation> kOrganisationFields[] = {
    {.key = "name",
     .type = ValueType::text,
     .member = &Organisation::name,
     .required = true,
     .doc = "the organisation's name"},
    {.key = "kind",
     .type = ValueType::text,
     .member = &Organisation::kind,
     .doc = "free text: region, kommun, company, authority, unit …"},
    {.key = "parent",
     .type = ValueType::id,
     .member = &Organisation::parent,
     .refers_to = EntityKind::organisation,
     .doc = "the organisation it belongs to"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Organisation::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's region",
     .file_region = true},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &Organisation::municipality_code,
     .doc = "where it is"},
    {.key = "url", .type = ValueType::text, .member = &Organisation::url, .doc = "its web address"},
};
template <>
constexpr std::span<const Field<Organisation>> fields_of<Organisation>() {
    return kOrganisationFields;
}

struct Person {
    Id id;
    std::string name;  // may be empty when only an address is known
    std::string email;
    std::string phone;
    std::string role;  // e.g. "samordnare", "psykoterapeut"
    Id organisation;
    Id region;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Person> kPersonFields[] = {
    {.key = "name", .type = ValueType::text, .member = &Person::name, .doc = "name or email is required"},
    {.key = "email", .type = ValueType::email, .member = &Person::email, .doc = "e-mail address, for reminders"},
    {.key = "phone", .type = ValueType::text, .member = &Person::phone, .doc = "phone number"},
    {.key = "role",
     .type = ValueType::text,
     .member = &Person::role,
     .doc = "e.g. coordinator of the regional network"},
    {.key = "organisation",
     .type = ValueType::id,
     .member = &Person::organisation,
     .refers_to = EntityKind::organisation,
     .doc = "where the person works"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Person::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's region",
     .file_region = true},
};
template <>
constexpr std::span<const Field<Person>> fields_of<Person>() {
    return kPersonFields;
}

struct Centre {
    Id id;
    std::string name;
    Id region;
    std::string municipality_code;  // resolved SCB code; empty if unresolved
    SourceRef municipality_at;      // where the municipality is named
    Operations operations;          // empty when not known
    std::optional<CentreKind> declared_kind;
    std::optional<CentreKind> kind;  // from operations, else declared
    std::optional<time::FuzzyDate> opened;
    std::string opened_note;  // "after Kalix", when no date is known
    std::vector<Id> contacts;
    std::string address;
    std::string url;  // its web address
    std::string note;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Centre> kCentreFields[] = {
    {.key = "name", .type = ValueType::text, .member = &Centre::name, .required = true, .doc = "the centre's name"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Centre::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's region",
     .file_region = true},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &Centre::municipality_code,
     .required = true,
     .doc = "must lie in the centre's region"},
    {.key = "kind",
     .type = ValueType::word,
     .member = &Centre::kind,
     .doc = "full or similar; follows from the operations when they are listed"},
    {.key = "operations",
     .type = ValueType::word_set,
     .member = &Centre::operations,
     .doc = "mvc, bvc, open-preschool, social-services"},
    {.key = "opened", .type = ValueType::date, .member = &Centre::opened, .doc = "a date of any precision"},
    {.key = "opened_note",
     .type = ValueType::text,
     .member = &Centre::opened_note,
     .doc = "when the date is not known"},
    {.key = "contacts",
     .type = ValueType::id_list,
     .member = &Centre::contacts,
     .refers_to = EntityKind::person,
     .doc = "people"},
    {.key = "address", .type = ValueType::text, .member = &Centre::address, .doc = "visiting address"},
    {.key = "url", .type = ValueType::text, .member = &Centre::url, .doc = "its web address"},
    {.key = "note", .type = ValueType::text, .member = &Centre::note, .doc = "anything else worth knowing"},
};
template <>
constexpr std::span<const Field<Centre>> fields_of<Centre>() {
    return kCentreFields;
}

struct Network {
    Id id;
    std::string name;
    Id region;
    std::optional<time::FuzzyDate> founded;
    std::string frequency;  // "yearly", "twice a year" …
    std::vector<std::string> topics;
    std::vector<Id> contacts;  // coordinators of the network
    // Explicit member list; when unset, the contacts of the region's centres.
    std::optional<std::vector<Id>> members;
    std::string summary;
    ReminderRules reminders;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Network> kNetworkFields[] = {
    {.key = "name", .type = ValueType::text, .member = &Network::name, .required = true, .doc = "the network's name"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Network::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's region",
     .file_region = true},
    {.key = "founded", .type = ValueType::date, .member = &Network::founded, .doc = "a date of any precision"},
    {.key = "frequency",
     .type = ValueType::text,
     .member = &Network::frequency,
     .doc = "how often it meets: yearly, twice a year …"},
    {.key = "topics", .type = ValueType::text_list, .member = &Network::topics, .doc = "what it works on"},
    {.key = "contacts",
     .type = ValueType::id_list,
     .member = &Network::contacts,
     .refers_to = EntityKind::person,
     .doc = "coordinators"},
    {.key = "members",
     .type = ValueType::id_list,
     .member = &Network::members,
     .refers_to = EntityKind::person,
     .doc = "explicit member list; default: the contacts of the region's centres"},
    {.key = "summary", .type = ValueType::text, .member = &Network::summary, .doc = "in your words"},
    {.key = "reminders",
     .type = ValueType::table,
     .member = &Network::reminders,
     .doc = "reminder days for its meetings"},
};
template <>
constexpr std::span<const Field<Network>> fields_of<Network>() {
    return kNetworkFields;
}

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
     .doc = "the programme's name"},
    {.key = "short_name", .type = ValueType::text, .member = &Programme::short_name, .doc = "e.g. FCD"},
    {.key = "kind",
     .type = ValueType::text,
     .member = &Programme::kind,
     .doc = "free text: training, dialogue, supervision …"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Programme::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's region",
     .file_region = true},
    {.key = "organisers",
     .type = ValueType::id_list,
     .member = &Programme::organisers,
     .refers_to = EntityKind::organisation,
     .doc = "organisations"},
    {.key = "leaders",
     .type = ValueType::id_list,
     .member = &Programme::leaders,
     .refers_to = EntityKind::person,
     .doc = "people"},
    {.key = "contacts",
     .type = ValueType::id_list,
     .member = &Programme::contacts,
     .refers_to = EntityKind::person,
     .doc = "people"},
    {.key = "funders",
     .type = ValueType::id_list,
     .member = &Programme::funders,
     .refers_to = EntityKind::organisation,
     .doc = "organisations"},
    {.key = "developed_by",
     .type = ValueType::id_list,
     .member = &Programme::developed_by,
     .refers_to = EntityKind::organisation,
     .doc = "organisations that made its material"},
    {.key = "summary", .type = ValueType::text, .member = &Programme::summary, .doc = "in your words"},
    {.key = "purpose", .type = ValueType::text, .member = &Programme::purpose, .doc = "what it is for"},
    {.key = "starts", .type = ValueType::date, .member = &Programme::starts, .doc = "a date of any precision"},
    {.key = "ends",
     .type = ValueType::date,
     .member = &Programme::ends,
     .doc = "a date of any precision; not before starts"},
    {.key = "parts", .type = ValueType::count, .member = &Programme::parts, .doc = "how many parts"},
    {.key = "trained", .type = ValueType::count, .member = &Programme::trained, .doc = "staff trained so far"},
    {.key = "trained_note",
     .type = ValueType::text,
     .member = &Programme::trained_note,
     .doc = "about the count of trained staff"},
    {.key = "themes", .type = ValueType::table_list, .member = &Programme::themes, .doc = "{ id, name, focus }"},
    {.key = "participants",
     .type = ValueType::id_list,
     .member = &Programme::participants,
     .refers_to = EntityKind::centre,
     .doc = "centres taking part"},
    {.key = "audience", .type = ValueType::text, .member = &Programme::audience, .doc = "who takes part"},
    {.key = "local_work",
     .type = ValueType::text,
     .member = &Programme::local_work,
     .doc = "work done at home between sessions"},
    {.key = "reading_hours_per_month",
     .type = ValueType::integer,
     .member = &Programme::reading_hours_per_month,
     .doc = "hours of reading a month (0–744)",
     .min = 0,
     .max = 744},
    {.key = "venue",
     .type = ValueType::id,
     .member = &Programme::venue,
     .refers_to = EntityKind::venue,
     .doc = "default venue of its sessions"},
    {.key = "catering", .type = ValueType::text_list, .member = &Programme::catering, .doc = "meals and coffee served"},
    {.key = "registration",
     .type = ValueType::table,
     .member = &Programme::registration,
     .doc = "{ deadline, channel, requirement }"},
    {.key = "quotes", .type = ValueType::table_list, .member = &Programme::quotes, .doc = "{ text, source }"},
    {.key = "reminders",
     .type = ValueType::table,
     .member = &Programme::reminders,
     .doc = "reminder days for its sessions and deadline"},
};
template <>
constexpr std::span<const Field<Programme>> fields_of<Programme>() {
    return kProgrammeFields;
}

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

struct Venue {
    Id id;
    std::string name;
    std::string building;
    std::string address;
    std::string municipality_code;
    Id region;
    std::string directions;  // link or text
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Venue> kVenueFields[] = {
    {.key = "name", .type = ValueType::text, .member = &Venue::name, .required = true, .doc = "the venue's name"},
    {.key = "building", .type = ValueType::text, .member = &Venue::building, .doc = "the building it is in"},
    {.key = "address", .type = ValueType::text, .member = &Venue::address, .doc = "street address"},
    {.key = "municipality", .type = ValueType::municipality, .member = &Venue::municipality_code, .doc = "where it is"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Venue::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's region",
     .file_region = true},
    {.key = "directions",
     .type = ValueType::text,
     .member = &Venue::directions,
     .doc = "a link, or words that help a reader find the place"},
};
template <>
constexpr std::span<const Field<Venue>> fields_of<Venue>() {
    return kVenueFields;
}

struct Resource {
    Id id;
    ResourceKind kind = ResourceKind::link;
    std::string title;
    std::string description;
    std::string url;     // may be empty when the address is not known
    std::string path;    // for files: where the file lives, if known
    std::string format;  // "pptx", "pdf" …
    Id region;
    Id meeting;
    Id programme;
    Id author;  // person
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Resource> kResourceFields[] = {
    {.key = "kind", .type = ValueType::word, .member = &Resource::kind, .required = true, .doc = "link or file"},
    {.key = "title",
     .type = ValueType::text,
     .member = &Resource::title,
     .required = true,
     .doc = "the resource's title"},
    {.key = "description", .type = ValueType::text, .member = &Resource::description, .doc = "what it is"},
    {.key = "url",
     .type = ValueType::text,
     .member = &Resource::url,
     .doc = "may be left out when the address is not known"},
    {.key = "path", .type = ValueType::text, .member = &Resource::path, .doc = "for files: where the file lives"},
    {.key = "format", .type = ValueType::text, .member = &Resource::format, .doc = "pptx, pdf …"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Resource::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's region",
     .file_region = true},
    {.key = "meeting",
     .type = ValueType::id,
     .member = &Resource::meeting,
     .refers_to = EntityKind::meeting,
     .doc = "the meeting it belongs to"},
    {.key = "programme",
     .type = ValueType::id,
     .member = &Resource::programme,
     .refers_to = EntityKind::programme,
     .doc = "the programme it belongs to"},
    {.key = "author",
     .type = ValueType::id,
     .member = &Resource::author,
     .refers_to = EntityKind::person,
     .doc = "who made it"},
};
template <>
constexpr std::span<const Field<Resource>> fields_of<Resource>() {
    return kResourceFields;
}

// A page, document or letter that facts come from. `published` or
// `accessed` (when the page gives no date) dates what the source says,
// with the precision known; reports give it as their "as of" date.
struct Source {
    Id id;
    std::string title;
    std::string publisher;
    std::string url;
    std::optional<time::FuzzyDate> published;
    std::optional<time::FuzzyDate> accessed;
    std::string note;
    Provenance provenance;  // a source's own date may be inferred
    SourceRef where;
};

inline constexpr Field<Source> kSourceFields[] = {
    {.key = "title", .type = ValueType::text, .member = &Source::title, .required = true, .doc = "the source's title"},
    {.key = "publisher",
     .type = ValueType::text,
     .member = &Source::publisher,
     .doc = "who published it, when the source says"},
    {.key = "url", .type = ValueType::text, .member = &Source::url, .doc = "its address, when there is one"},
    {.key = "published",
     .type = ValueType::date,
     .member = &Source::published,
     .doc = "any precision: when the source was written"},
    {.key = "accessed",
     .type = ValueType::date,
     .member = &Source::accessed,
     .doc = "when it gives no date: when it was read"},
    {.key = "note", .type = ValueType::text, .member = &Source::note, .doc = "anything else worth knowing"},
};
template <>
constexpr std::span<const Field<Source>> fields_of<Source>() {
    return kSourceFields;
}

struct Settings {
    std::string language = "sv";  // language of messages sent to people
    std::string mail_from;
    std::optional<time::FuzzyDate> as_of;  // the date the registry's facts hold, when stated
    bool reminders_set = false;            // [settings.reminders] is given
    std::vector<int> meeting_days{14, 7, 1};
    std::vector<int> deadline_days{7, 1};
    std::vector<std::string> reminders_to{"contacts"};  // who meetings remind (ReminderRules::to)
    std::optional<int> mailer_timeout;  // seconds; unset: the mailer's default
    int retention_months = 24;          // participants kept after their programme's or meeting's end
    std::optional<SourceRef> where;     // the [settings] table, when there is one
};

}  // namespace netadmin::model
