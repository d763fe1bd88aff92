// A venue: where meetings are held. The struct is followed by its field table
// (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <span>
#include <string>

namespace netadmin::model {

struct Venue {
    Id id;
    std::string name;
    std::string building;
    std::string address;
    std::string municipality_code;
    Id region;
    std::string directions;  // link or text
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Venue> kVenueFields[] = {
    {.key = "name",
     .type = ValueType::text,
     .member = &Venue::name,
     .required = true,
     .doc = catalog::Msg::doc_venue_name},
    {.key = "building", .type = ValueType::text, .member = &Venue::building, .doc = catalog::Msg::doc_venue_building},
    {.key = "address", .type = ValueType::text, .member = &Venue::address, .doc = catalog::Msg::doc_venue_address},
    {.key = "municipality",
     .type = ValueType::municipality,
     .member = &Venue::municipality_code,
     .doc = catalog::Msg::doc_venue_municipality},
    {.key = "region",
     .type = ValueType::id,
     .member = &Venue::region,
     .refers_to = EntityKind::region,
     .doc = catalog::Msg::doc_venue_region,
     .file_region = true},
    {.key = "directions",
     .type = ValueType::text,
     .member = &Venue::directions,
     .doc = catalog::Msg::doc_venue_directions},
};
template <>
constexpr std::span<const Field<Venue>> fields_of<Venue>() {
    return kVenueFields;
}

}  // namespace netadmin::model
