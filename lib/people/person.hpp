// Everything netadmin holds about one person, found by e-mail address: the
// registry entities that name them (with file and line, so they can be
// edited) and the state database's rows (state/privacy.hpp). For the
// access and erasure requests of the GDPR (docs/privacy.md).
#pragma once

#include "model/registry.hpp"
#include "state/privacy.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace netadmin::people {

// One place in the registry that holds the address.
struct RegistryMention {
    model::EntityKind kind = model::EntityKind::person;
    std::string id;     // the entity's id; empty for the settings
    std::string name;   // the person's name, when there is one
    std::string key;    // the key holding the address: "email", "mail_from"
    std::string place;  // "FILE:LINE", the file relative to the registry
    bool settings = false;
};

struct PersonRecord {
    std::string email;
    std::vector<RegistryMention> registry;
    state::PersonRows state;
};

// The registry's people whose address is `email` (compared without case)
// and the settings' sender when it is.
std::vector<RegistryMention> registry_mentions(const model::Registry& registry, std::string_view email);

// The ids of those people: the reminder log names its recipients by them.
std::vector<std::string> person_ids(const std::vector<RegistryMention>& mentions);

}  // namespace netadmin::people
