// A person: a contact, a leader, a speaker. The struct is followed by its field
// table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <span>
#include <string>

namespace netadmin::model {

struct Person {
    Id id;
    std::string name;  // may be empty when only an address is known
    std::string email;
    std::string phone;
    bool publish_contact = false;  // the published site may show the e-mail address and phone
    std::string role;              // e.g. "samordnare", "psykoterapeut"
    Id organisation;
    Id region;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Person> kPersonFields[] = {
    {.key = "name", .type = ValueType::text, .member = &Person::name, .doc = "name or email is required"},
    {.key = "email", .type = ValueType::email, .member = &Person::email, .doc = "e-mail address, for reminders"},
    {.key = "phone", .type = ValueType::text, .member = &Person::phone, .doc = "phone number"},
    {.key = "publish_contact",
     .type = ValueType::flag,
     .member = &Person::publish_contact,
     .doc = "true: the published site shows the e-mail address and phone"},
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

}  // namespace netadmin::model
