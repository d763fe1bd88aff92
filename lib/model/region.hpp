// A region (a county), the file that names it with [region], followed by
// its field table (see model/entities.hpp).
#pragma once

#include "model/fields.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace netadmin::model {

struct Region {
    Id id;
    std::string name;         // defaults to the county's region name
    std::string county_code;  // "25"
    std::string summary;
    std::string outlook;  // plans and interest in more centres
    std::optional<Count> births_per_year;
    std::optional<Count> area_share_percent;  // share of Sweden's area
    std::vector<Id> contacts;                 // people
    std::string language;                     // "sv" or "en"; empty means the registry default
    ReminderRules reminders;
    Provenance provenance;
    SourceRef where;
};

inline constexpr Field<Region> kRegionFields[] = {
    {.key = "name", .type = ValueType::text, .member = &Region::name, .doc = catalog::Msg::doc_region_name},
    {.key = "county",
     .type = ValueType::county,
     .member = &Region::county_code,
     .required = true,
     .doc = catalog::Msg::doc_region_county},
    {.key = "area_share_percent",
     .type = ValueType::count,
     .member = &Region::area_share_percent,
     .doc = catalog::Msg::doc_region_area_share_percent},
    {.key = "births_per_year",
     .type = ValueType::count,
     .member = &Region::births_per_year,
     .doc = catalog::Msg::doc_region_births_per_year},
    {.key = "summary", .type = ValueType::text, .member = &Region::summary, .doc = catalog::Msg::doc_region_summary},
    {.key = "outlook", .type = ValueType::text, .member = &Region::outlook, .doc = catalog::Msg::doc_region_outlook},
    {.key = "contacts",
     .type = ValueType::id_list,
     .member = &Region::contacts,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_region_contacts},
    {.key = "language",
     .type = ValueType::language,
     .member = &Region::language,
     .doc = catalog::Msg::doc_region_language},
    {.key = "reminders",
     .type = ValueType::table,
     .member = &Region::reminders,
     .doc = catalog::Msg::doc_region_reminders},
};
template <>
constexpr std::span<const Field<Region>> fields_of<Region>() {
    return kRegionFields;
}

}  // namespace netadmin::model
