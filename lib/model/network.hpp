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
    {.key = "name",
     .type = ValueType::text,
     .member = &Network::name,
     .required = true,
     .doc = catalog::Msg::doc_network_name},
    {.key = "region",
     .type = ValueType::id,
     .member = &Network::region,
     .refers_to = EntityKind::region,
     .doc = catalog::Msg::doc_network_region,
     .file_region = true},
    {.key = "founded", .type = ValueType::date, .member = &Network::founded, .doc = catalog::Msg::doc_network_founded},
    {.key = "frequency",
     .type = ValueType::text,
     .member = &Network::frequency,
     .doc = catalog::Msg::doc_network_frequency},
    {.key = "topics",
     .type = ValueType::text_list,
     .member = &Network::topics,
     .doc = catalog::Msg::doc_network_topics},
    {.key = "contacts",
     .type = ValueType::id_list,
     .member = &Network::contacts,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_network_contacts},
    {.key = "members",
     .type = ValueType::id_list,
     .member = &Network::members,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_network_members},
    {.key = "summary", .type = ValueType::text, .member = &Network::summary, .doc = catalog::Msg::doc_network_summary},
    {.key = "reminders",
     .type = ValueType::table,
     .member = &Network::reminders,
     .doc = catalog::Msg::doc_network_reminders},
};
template <>
constexpr std::span<const Field<Network>> fields_of<Network>() {
    return kNetworkFields;
}

}  // namespace netadmin::model
