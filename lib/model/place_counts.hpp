// What the registry's sources count for a place (model/count_fact.hpp): the
// counts of the country, a county or a municipality, newest first, and the
// state they put the place in. Reports, the maps, list-regions and check
// read counts through here, so "newest" means the same everywhere.
#pragma once

#include "model/registry.hpp"

#include <string_view>
#include <vector>

namespace netadmin::model {

// The three states of a place: a count says N (counted) or 0 (none, as of
// its date); without a count it is not known.
enum class PlaceState : std::uint8_t { not_known, none, counted };

// The counts of all operations (no `kind`) of one place, newest first: by
// the last day their date may mean, then the more precise, then by id.
std::vector<const CountFact*> country_counts(const Registry& registry);
std::vector<const CountFact*> county_counts(const Registry& registry, std::string_view county_code);
std::vector<const CountFact*> municipality_counts(const Registry& registry, std::string_view code);

// The state the newest count puts a place in.
PlaceState place_state(const std::vector<const CountFact*>& newest_first);

}  // namespace netadmin::model
