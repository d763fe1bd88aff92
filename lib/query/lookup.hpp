// Forgiving look-ups of what people type on the command line: a region or a
// municipality by id, code or name, in any case, with or without å, ä, ö.
#pragma once

#include "model/registry.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// True when `name` contains `wanted` with case, diacritics, hyphens and
// spaces ignored ("kalix" in "Familjecentralen i Kalix"); an empty `wanted`
// matches everything. The --name filter of every listing.
bool name_matches(std::string_view name, std::string_view wanted);

// Keeps the items whose name (as `name_of` gives it) matches `wanted`.
template <typename T, typename NameOf>
void keep_named(std::vector<const T*>& items, std::string_view wanted, NameOf name_of) {
    if (wanted.empty()) return;
    std::erase_if(items, [&](const T* item) { return !name_matches(name_of(*item), wanted); });
}

// The name people know an entity by: its name, or a meeting's or
// resource's title; empty when it has none.
std::string_view entity_name(const model::Registry& registry, model::EntityRef entity);

// Where a meeting is held, as people read it: its venue's name and building,
// or its own `place` when it names no venue. Listings, calendars and
// reminders all show it.
std::string meeting_place(const model::Registry& registry, const model::Meeting& meeting);

// The entities whose name is `text`, ignoring case, diacritics, hyphens and
// spaces ("familjecentralen i kalix"), in registry order.
std::vector<model::EntityRef> find_by_name(const model::Registry& registry, std::string_view text);

// The ids nearest to what was typed, for "did you mean": first the
// entities whose id or name contains it (a programme's themes and short
// name count as its names), then ids and names a few typos away; at most
// `limit`, nearest first, ties by id. Only entities of `kind` when given.
std::vector<std::string> nearest_ids(const model::Registry& registry, std::string_view text,
                                     std::optional<model::EntityKind> kind = std::nullopt, std::size_t limit = 4);

}  // namespace netadmin::query
