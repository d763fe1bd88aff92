// A centre (familjecentral and the like): its kind, its operations, where it
// is. The struct is followed by its field table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace netadmin::model {

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
    {.key = "name",
     .type = ValueType::text,
     .member = &Centre::name,
     .required = true,
     .doc = catalog::Msg::doc_centre_name},
    {.key = "region",
     .type = ValueType::id,
     .member = &Centre::region,
     .refers_to = EntityKind::region,
     .doc = catalog::Msg::doc_centre_region,
     .file_region = true},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &Centre::municipality_code,
     .required = true,
     .doc = catalog::Msg::doc_centre_municipality},
    {.key = "kind", .type = ValueType::word, .member = &Centre::kind, .doc = catalog::Msg::doc_centre_kind},
    {.key = "operations",
     .type = ValueType::word_set,
     .member = &Centre::operations,
     .doc = catalog::Msg::doc_centre_operations},
    {.key = "opened", .type = ValueType::date, .member = &Centre::opened, .doc = catalog::Msg::doc_centre_opened},
    {.key = "opened_note",
     .type = ValueType::text,
     .member = &Centre::opened_note,
     .doc = catalog::Msg::doc_centre_opened_note},
    {.key = "contacts",
     .type = ValueType::id_list,
     .member = &Centre::contacts,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_centre_contacts},
    {.key = "address", .type = ValueType::text, .member = &Centre::address, .doc = catalog::Msg::doc_centre_address},
    {.key = "url", .type = ValueType::text, .member = &Centre::url, .doc = catalog::Msg::doc_centre_url},
    {.key = "note", .type = ValueType::text, .member = &Centre::note, .doc = catalog::Msg::doc_centre_note},
};
template <>
constexpr std::span<const Field<Centre>> fields_of<Centre>() {
    return kCentreFields;
}

}  // namespace netadmin::model
