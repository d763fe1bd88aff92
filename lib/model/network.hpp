// A network of centres and the people who coordinate it. The struct is followed
// by its field table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace netadmin::model {

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

}  // namespace netadmin::model
