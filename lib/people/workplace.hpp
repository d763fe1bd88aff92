// A workplace as people write it in a registration ("Familjecentralen i
// Kalix", "kalix-familjecentral", "Kalix") matched to a centre of the
// registry: by id; else by name, ignoring case, å/ä/ö, hyphens and spaces;
// else the centres whose name contains what was written. A municipality,
// when given, narrows the candidates to the centres in it.
//
// One candidate is a match; several are ambiguous (an error for the row:
// guessing would put a person in the wrong centre); none is unmatched, and
// the workplace is kept as text with a hint: the nearest centre name when
// one is close to what was written, else the centre of the municipality the
// row names (its municipality, or one named in the workplace, "BVC
// Jönköping") when that municipality has exactly one.
#pragma once

#include "model/registry.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::people {

struct WorkplaceMatch {
    const model::Centre* centre = nullptr;  // the match
    std::vector<std::string> ambiguous;     // ids of the centres it could be, when several
    std::optional<std::string> suggestion;  // the nearest centre name, when none
};

WorkplaceMatch match_workplace(const model::Registry& registry, std::string_view workplace,
                               std::string_view municipality = {});

// The name of the centre's municipality, empty when unknown.
std::string municipality_name(const model::Registry& registry, const model::Centre& centre);

}  // namespace netadmin::people
