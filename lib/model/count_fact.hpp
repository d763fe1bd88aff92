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
     .doc = "the county (region) counted; neither county nor municipality: Sweden"},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &CountFact::municipality,
     .doc = "the municipality counted, by name or SCB code"},
    {.key = "operations",
     .type = ValueType::count,
     .member = &CountFact::operations,
     .required = true,
     .doc = "how many; 0 is a stated none"},
    {.key = "kind",
     .type = ValueType::word,
     .member = &CountFact::kind,
     .doc = "full or similar; not given: both together"},
    {.key = "municipalities",
     .type = ValueType::count,
     .member = &CountFact::municipalities,
     .doc = "in how many municipalities they are"},
    {.key = "regions", .type = ValueType::count, .member = &CountFact::regions, .doc = "in how many regions they are"},
    {.key = "as_of",
     .type = ValueType::date,
     .member = &CountFact::as_of,
     .required = true,
     .doc = "any precision: when the count held"},
    {.key = "note", .type = ValueType::text, .member = &CountFact::note, .doc = "anything else worth knowing"},
};
template <>
constexpr std::span<const Field<CountFact>> fields_of<CountFact>() {
    return kCountFactFields;
}

}  // namespace netadmin::model
