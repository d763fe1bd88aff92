// list-programmes, list-networks, list-organisations, list-venues,
// list-sources: one code path for every kind of entity that is listed by id,
// name and region (sources have no region and match no region filter). Each
// kind is one row of the table in entity_listings.cpp (which entities, the
// field table of their columns, what to say when none match): listing a new
// kind is one more row there and one in cli/commands.cpp.
#pragma once

#include "i18n/language.hpp"
#include "i18n/catalog.hpp"
#include "model/registry.hpp"
#include "report/table.hpp"

#include <span>
#include <string>
#include <string_view>

namespace netadmin::report {

struct ListingFilter {
    std::string region;  // region id; empty: all
    std::string name;    // part of the name, as query::name_matches takes it
};

struct EntityListing {
    std::string_view plural;  // "programmes": the command is list-programmes
    i18n::Msg empty;          // said on a terminal when nothing matches
    Table (*build)(const model::Registry& registry, const ListingFilter& filter, i18n::Language language);
};

std::span<const EntityListing> entity_listings();
// The listing of that plural ("venues"); null when there is none.
const EntityListing* entity_listing(std::string_view plural);

}  // namespace netadmin::report
