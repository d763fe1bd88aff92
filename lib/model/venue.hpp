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
    {.key = "name", .type = ValueType::text, .member = &Venue::name, .required = true, .doc = "the venue's name"},
    {.key = "building", .type = ValueType::text, .member = &Venue::building, .doc = "the building it is in"},
    {.key = "address", .type = ValueType::text, .member = &Venue::address, .doc = "street address"},
    {.key = "municipality", .type = ValueType::municipality, .member = &Venue::municipality_code, .doc = "where it is"},
    {.key = "region",
     .type = ValueType::id,
     .member = &Venue::region,
     .refers_to = EntityKind::region,
     .doc = "default: the file's region",
     .file_region = true},
    {.key = "directions",
     .type = ValueType::text,
     .member = &Venue::directions,
     .doc = "a link, or words that help a reader find the place"},
};
template <>
constexpr std::span<const Field<Venue>> fields_of<Venue>() {
    return kVenueFields;
}

}  // namespace netadmin::model
