// A source, followed by its field table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>

namespace netadmin::model {

// A page, document or letter that facts come from. `published` or
// `accessed` (when the page gives no date) dates what the source says,
// with the precision known; reports give it as their "as of" date.
struct Source {
    Id id;
    std::string title;
    std::string publisher;
    std::string url;
    std::optional<time::FuzzyDate> published;
    std::optional<time::FuzzyDate> accessed;
    std::string note;
    Provenance provenance;  // a source's own date may be inferred
    SourceRef where;
};

inline constexpr Field<Source> kSourceFields[] = {
    {.key = "title",
     .type = ValueType::text,
     .member = &Source::title,
     .required = true,
     .doc = catalog::Msg::doc_source_title},
    {.key = "publisher",
     .type = ValueType::text,
     .member = &Source::publisher,
     .doc = catalog::Msg::doc_source_publisher},
    {.key = "url", .type = ValueType::text, .member = &Source::url, .doc = catalog::Msg::doc_source_url},
    {.key = "published",
     .type = ValueType::date,
     .member = &Source::published,
     .doc = catalog::Msg::doc_source_published},
    {.key = "accessed", .type = ValueType::date, .member = &Source::accessed, .doc = catalog::Msg::doc_source_accessed},
    {.key = "note", .type = ValueType::text, .member = &Source::note, .doc = catalog::Msg::doc_source_note},
};
template <>
constexpr std::span<const Field<Source>> fields_of<Source>() {
    return kSourceFields;
}

}  // namespace netadmin::model
