// The values entities are made of: ids, kinds, the fixed vocabularies, where
// a value came from, and the small tables nested in entities (registration,
// themes, quotes, speakers, reminder rules, provenance). The entities
// themselves, each with its field table, are in model/centre.hpp …
// (all included by model/entities.hpp).
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
    count,  // a count stated by a source (model/count_fact.hpp)
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
    // Who a meeting's reminders go to: "contacts" (the people the registry
    // names, see remind/targets.hpp) and/or "registered" (those registered
    // for the meeting or its programme, from the state database).
    std::optional<std::vector<std::string>> to;
};

// A word of the reminder rules' `to` as stored ("contacts", "registered"),
// given in English or Swedish ("kontakter", "anmälda"); nothing when unknown.
inline std::optional<std::string_view> audience_word(std::string_view word) {
    if (word == "contacts" || word == "kontakter") return "contacts";
    if (word == "registered" || word == "anmälda") return "registered";
    return std::nullopt;
}

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

enum class ResourceKind : std::uint8_t { link, file };

}  // namespace netadmin::model
