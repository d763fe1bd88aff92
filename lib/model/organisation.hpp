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
     .doc = catalog::Msg::doc_organisation_name},
    {.key = "kind", .type = ValueType::text, .member = &Organisation::kind, .doc = catalog::Msg::doc_organisation_kind},
    {.key = "parent",
     .type = ValueType::id,
     .member = &Organisation::parent,
     .refers_to = EntityKind::organisation,
     .doc = catalog::Msg::doc_organisation_parent},
    {.key = "region",
     .type = ValueType::id,
     .member = &Organisation::region,
     .refers_to = EntityKind::region,
     .doc = catalog::Msg::doc_organisation_region,
     .file_region = true},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &Organisation::municipality_code,
     .doc = catalog::Msg::doc_organisation_municipality},
    {.key = "url", .type = ValueType::text, .member = &Organisation::url, .doc = catalog::Msg::doc_organisation_url},
};
template <>
constexpr std::span<const Field<Organisation>> fields_of<Organisation>() {
    return kOrganisationFields;
}

}  // namespace netadmin::model
