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
    {.key = "name", .type = ValueType::text, .member = &Person::name, .doc = catalog::Msg::doc_person_name},
    {.key = "email", .type = ValueType::email, .member = &Person::email, .doc = catalog::Msg::doc_person_email},
    {.key = "phone", .type = ValueType::text, .member = &Person::phone, .doc = catalog::Msg::doc_person_phone},
    {.key = "publish_contact",
     .type = ValueType::flag,
     .member = &Person::publish_contact,
     .doc = catalog::Msg::doc_person_publish_contact},
    {.key = "role", .type = ValueType::text, .member = &Person::role, .doc = catalog::Msg::doc_person_role},
    {.key = "organisation",
     .type = ValueType::id,
     .member = &Person::organisation,
     .refers_to = EntityKind::organisation,
     .doc = catalog::Msg::doc_person_organisation},
    {.key = "region",
     .type = ValueType::id,
     .member = &Person::region,
     .refers_to = EntityKind::region,
     .doc = catalog::Msg::doc_person_region,
     .file_region = true},
};
template <>
constexpr std::span<const Field<Person>> fields_of<Person>() {
    return kPersonFields;
}

}  // namespace netadmin::model
