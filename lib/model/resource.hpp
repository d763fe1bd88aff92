// A resource: a link or a file (slides, a report …) of a region, a meeting
// or a programme, followed by its field table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <span>
#include <string>

namespace netadmin::model {

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

inline constexpr Field<Resource> kResourceFields[] = {
    {.key = "kind",
     .type = ValueType::word,
     .member = &Resource::kind,
     .required = true,
     .doc = catalog::Msg::doc_resource_kind},
    {.key = "title",
     .type = ValueType::text,
     .member = &Resource::title,
     .required = true,
     .doc = catalog::Msg::doc_resource_title},
    {.key = "description",
     .type = ValueType::text,
     .member = &Resource::description,
     .doc = catalog::Msg::doc_resource_description},
    {.key = "url", .type = ValueType::text, .member = &Resource::url, .doc = catalog::Msg::doc_resource_url},
    {.key = "path", .type = ValueType::text, .member = &Resource::path, .doc = catalog::Msg::doc_resource_path},
    {.key = "format", .type = ValueType::text, .member = &Resource::format, .doc = catalog::Msg::doc_resource_format},
    {.key = "region",
     .type = ValueType::id,
     .member = &Resource::region,
     .refers_to = EntityKind::region,
     .doc = catalog::Msg::doc_resource_region,
     .file_region = true},
    {.key = "meeting",
     .type = ValueType::id,
     .member = &Resource::meeting,
     .refers_to = EntityKind::meeting,
     .doc = catalog::Msg::doc_resource_meeting},
    {.key = "programme",
     .type = ValueType::id,
     .member = &Resource::programme,
     .refers_to = EntityKind::programme,
     .doc = catalog::Msg::doc_resource_programme},
    {.key = "author",
     .type = ValueType::id,
     .member = &Resource::author,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_resource_author},
};
template <>
constexpr std::span<const Field<Resource>> fields_of<Resource>() {
    return kResourceFields;
}

}  // namespace netadmin::model
