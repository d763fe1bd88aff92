// The registry's entities as plain data. Every entity has a stable string id
// (a lowercase ASCII slug), unique across the whole registry, and remembers
// where it was defined so later checks can point at it. References between
// entities are ids; model/registry.hpp resolves them.
#pragma once

#include "model/count.hpp"
#include "time/civil_date.hpp"
#include "time/fuzzy_date.hpp"
#include "time/time_of_day.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::model {

using Id = std::string;

enum class EntityKind : std::uint8_t {
    region,
    organisation,
    person,
    centre,
    network,
    programme,
    meeting,
    venue,
    resource,
    source,
};

// Where a value came from: an index into Registry::files, 1-based line and column.
struct SourceRef {
    std::uint32_t file = 0;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

// Reminder offsets in days before the reference date. Unset fields inherit
// from the next level up: meeting -> programme -> region -> registry defaults.
struct ReminderRules {
    std::optional<std::vector<int>> meeting_days;
    std::optional<std::vector<int>> deadline_days;
};

// Where an entity's facts come from: the sources it cites, and which of its
// fields are inferences rather than statements of those sources, with the
// evidence for them in one short note. The keys in `inferred` are the
// entity's own registry keys ("organisers", "municipality" …).
struct Provenance {
    std::vector<std::string> sources;  // ids of sources
    std::vector<std::string> inferred;
    std::string inference_note;
    bool is_inferred(std::string_view key) const {
        for (const auto& k : inferred) {
            if (k == key) return true;
        }
        return false;
    }
};

enum class Operation : std::uint8_t { mvc, bvc, open_preschool, social_services };
inline constexpr int kOperationCount = 4;

// A set of operations, cheap to copy and compare.
struct Operations {
    std::uint8_t bits = 0;
    bool has(Operation op) const { return (bits >> static_cast<int>(op)) & 1U; }
    void add(Operation op) { bits = static_cast<std::uint8_t>(bits | (1U << static_cast<int>(op))); }
    bool empty() const { return bits == 0; }
    friend bool operator==(const Operations&, const Operations&) = default;
};

enum class CentreKind : std::uint8_t { full, similar };

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
    std::string note;
    Provenance provenance;
    SourceRef where;
};

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

struct Theme {
    Id id;
    std::string name;
    bool focus = false;  // one of the programme's main areas
};

struct Registration {
    std::optional<time::FuzzyDate> deadline;
    std::string channel;      // e.g. "Lärandekalendern"
    std::string requirement;  // e.g. backing of management
    SourceRef where;
};

struct Quote {
    std::string text;
    std::string source;  // who said it, as far as known ("deltagare")
};

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

enum class MeetingKind : std::uint8_t {
    network_meeting,
    conference,
    programme_session,
    dialogue_day,
    planning_meeting,
    coordinators_meeting,
    house_meeting,
    other,
};
inline constexpr int kMeetingKindCount = 8;

// What happened to a meeting, as recorded: `scheduled` (data word
// "planned", the default) says nothing about whether it took place; only
// `held` does. A date in the past does not make a meeting held.
enum class MeetingStatus : std::uint8_t { scheduled, cancelled, held, moved };

struct Speaker {
    Id person;
    std::string topic;
};

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

enum class ResourceKind : std::uint8_t { link, file };

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

struct Settings {
    std::string language = "sv";  // language of messages sent to people
    std::string mail_from;
    std::optional<time::FuzzyDate> as_of;  // the date the registry's facts hold, when stated
    bool reminders_set = false;            // [settings.reminders] is given
    std::vector<int> meeting_days{14, 7, 1};
    std::vector<int> deadline_days{7, 1};
    std::optional<int> mailer_timeout;  // seconds; unset: the mailer's default
    int retention_months = 24;          // participants kept after their programme's or meeting's end
    std::optional<SourceRef> where;     // the [settings] table, when there is one
};

}  // namespace netadmin::model
