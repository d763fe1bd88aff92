// An organisation: a municipality's office, a county body, an association … The
// struct is followed by its field table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <span>
#include <string>

namespace netadmin::model {

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

}  // namespace netadmin::model
