// Forgiving look-ups of what people type on the command line: a region or a
// municipality by id, code or name, in any case, with or without å, ä, ö.
#pragma once

#include "model/registry.hpp"

#include <string_view>

namespace netadmin::query {

// A region by id ("vastra-gotaland"), county code ("14"), its name
// ("Västra Götalandsregionen", "Region Norrbotten"), its county's name
// ("Norrbottens län") or that name in short ("Västra Götaland",
// "Norrbotten"); case, diacritics, hyphens and spaces do not matter.
// Null when nothing or more than one region matches.
const model::Region* find_region(const model::Registry& registry, std::string_view text);

// A programme by id, name ("En förälder blir till", "en forelder blir
// till") or short name ("FCD"); case, diacritics, hyphens and spaces do not
// matter. Null when nothing or more than one programme matches.
const model::Programme* find_programme(const model::Registry& registry, std::string_view text);

// A municipality by SCB code or name as Reference::find_municipality takes
// it; failing that, by its name without diacritics ("lulea", "overtornea")
// when only one municipality has that spelling ("Habo" and "Håbo" do not
// fold to one). Null otherwise.
const model::Municipality* find_municipality(const model::Reference& reference, std::string_view text);

}  // namespace netadmin::query
