// A count stated by a source: how many family centres a place has, as of a
// date, without listing them ([[count]] in the registry files), followed by
// its field table (see model/entities.hpp). The place is the country when
// neither `county` nor `municipality` is given. A count of 0 is a stated
// "none" as of its date; a place without a count is not known.
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>

namespace netadmin::model {

struct CountFact {
    Id id;
    std::string county_code;   // a county (region); empty with no municipality: the country
    std::string municipality;  // SCB code
    std::optional<Count> operations;
    std::optional<CentreKind> kind;  // unset: full centres and similar operations together
    std::optional<Count> municipalities;
    std::optional<Count> regions;
    std::optional<time::FuzzyDate> as_of;
    std::string note;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<CountFact> kCountFactFields[] = {
    {.key = "county",
     .type = ValueType::county,
     .member = &CountFact::county_code,
     .doc = catalog::Msg::doc_count_fact_county},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &CountFact::municipality,
     .doc = catalog::Msg::doc_count_fact_municipality},
    {.key = "operations",
     .type = ValueType::count,
     .member = &CountFact::operations,
     .required = true,
     .doc = catalog::Msg::doc_count_fact_operations},
    {.key = "kind", .type = ValueType::word, .member = &CountFact::kind, .doc = catalog::Msg::doc_count_fact_kind},
    {.key = "municipalities",
     .type = ValueType::count,
     .member = &CountFact::municipalities,
     .doc = catalog::Msg::doc_count_fact_municipalities},
    {.key = "regions",
     .type = ValueType::count,
     .member = &CountFact::regions,
     .doc = catalog::Msg::doc_count_fact_regions},
    {.key = "as_of",
     .type = ValueType::date,
     .member = &CountFact::as_of,
     .required = true,
     .doc = catalog::Msg::doc_count_fact_as_of},
    {.key = "note", .type = ValueType::text, .member = &CountFact::note, .doc = catalog::Msg::doc_count_fact_note},
};
template <>
constexpr std::span<const Field<CountFact>> fields_of<CountFact>() {
    return kCountFactFields;
}

}  // namespace netadmin::model
