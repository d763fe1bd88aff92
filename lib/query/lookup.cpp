#include "query/lookup.hpp"

#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace netadmin::query {
namespace {

// Folded (lowercase, no diacritics), hyphens and white space as one space,
// trimmed: "Västra-Götaland " and "vastra gotaland" share a key.
std::string key_of(std::string_view text) {
    std::string key;
    for (const char c : util::fold_for_match(text)) {
        if (c == ' ' || c == '-' || c == '\t') {
            if (!key.empty() && key.back() != ' ') key += ' ';
        } else {
            key += c;
        }
    }
    if (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

void strip(std::string& key, std::string_view prefix, std::string_view suffix) {
    if (!prefix.empty() && key.size() > prefix.size() && key.starts_with(prefix)) key.erase(0, prefix.size());
    if (!suffix.empty() && key.size() > suffix.size() && key.ends_with(suffix)) key.resize(key.size() - suffix.size());
}

// The short form of a region's or county's name: "Region Norrbotten" and
// "Norrbottens län" give "norrbotten", "Västra Götalandsregionen" and
// "Västra Götalands län" give "vastra gotaland".
std::string short_key(std::string_view name) {
    auto key = key_of(name);
    strip(key, "region ", "");
    strip(key, "", " lan");
    strip(key, "", "regionen");
    strip(key, "", " county");
    if (key.size() > 1 && key.back() == 's') key.pop_back();
    return key;
}

std::vector<std::string> region_keys(const model::Registry& registry, const model::Region& region) {
    std::vector<std::string> keys{key_of(region.id), key_of(region.name), short_key(region.name)};
    if (const auto* county = registry.reference.county(region.county_code)) {
        keys.push_back(key_of(county->name));
        keys.push_back(short_key(county->name));
        keys.push_back(key_of(county->region_name));
        keys.push_back(short_key(county->region_name));
    }
    return keys;
}

}  // namespace

const model::Region* find_region(const model::Registry& registry, std::string_view text) {
    if (const auto* region = registry.region(text)) return region;
    for (const auto& region : registry.regions) {
        if (!text.empty() && text == region.county_code) return &region;
    }
    const auto wanted = key_of(text);
    const auto wanted_short = short_key(text);
    if (wanted.empty()) return nullptr;
    const model::Region* found = nullptr;
    for (const auto& region : registry.regions) {
        for (const auto& key : region_keys(registry, region)) {
            if (key != wanted && key != wanted_short) continue;
            if (found != nullptr && found != &region) return nullptr;  // ambiguous
            found = &region;
        }
    }
    return found;
}

const model::Programme* find_programme(const model::Registry& registry, std::string_view text) {
    if (const auto* programme = registry.programme(text)) return programme;
    const auto wanted = key_of(text);
    if (wanted.empty()) return nullptr;
    const model::Programme* found = nullptr;
    for (const auto& programme : registry.programmes) {
        for (const auto& name : {programme.id, programme.name, programme.short_name}) {
            if (name.empty() || key_of(name) != wanted) continue;
            if (found != nullptr && found != &programme) return nullptr;  // ambiguous
            found = &programme;
        }
    }
    return found;
}

const model::Municipality* find_municipality(const model::Reference& reference, std::string_view text) {
    if (const auto* municipality = reference.find_municipality(text)) return municipality;
    const auto wanted = key_of(text);
    if (wanted.empty()) return nullptr;
    const model::Municipality* found = nullptr;
    for (const auto& name : reference.municipality_names()) {
        auto key = key_of(name);
        for (const std::string_view form : {"", " kommun", " stad", "s kommun", "s stad"}) {
            if (key + std::string(form) != wanted) continue;
            const auto* municipality = reference.find_municipality(name);
            if (found != nullptr && found != municipality) return nullptr;  // "habo": Habo or Håbo
            found = municipality;
        }
    }
    return found;
}

bool name_matches(std::string_view name, std::string_view wanted) {
    const auto key = key_of(wanted);
    return key.empty() || key_of(name).find(key) != std::string::npos;
}

std::string meeting_place(const model::Registry& registry, const model::Meeting& meeting) {
    if (const auto* venue = registry.venue(meeting.venue)) {
        return venue->building.empty() ? venue->name : venue->name + ", " + venue->building;
    }
    return meeting.place;
}

std::string_view entity_name(const model::Registry& registry, model::EntityRef entity) {
    switch (entity.kind) {
        case model::EntityKind::region: return registry.regions[entity.index].name;
        case model::EntityKind::organisation: return registry.organisations[entity.index].name;
        case model::EntityKind::person: return registry.people[entity.index].name;
        case model::EntityKind::centre: return registry.centres[entity.index].name;
        case model::EntityKind::network: return registry.networks[entity.index].name;
        case model::EntityKind::programme: return registry.programmes[entity.index].name;
        case model::EntityKind::meeting: return registry.meetings[entity.index].title;
        case model::EntityKind::venue: return registry.venues[entity.index].name;
        case model::EntityKind::resource: return registry.resources[entity.index].title;
        default: break;  // a kind without a name: found by its id only
    }
    return {};
}

namespace {

// Every entity, in id order (the index is a hash map).
std::vector<model::EntityRef> all_entities(const model::Registry& registry) {
    auto ids = registry.all_ids();
    std::sort(ids.begin(), ids.end());
    std::vector<model::EntityRef> out;
    out.reserve(ids.size());
    for (const auto id : ids) out.push_back(*registry.find(id));
    return out;
}

// The other names an entity is known by, beside its id and name.
std::vector<std::string_view> other_names(const model::Registry& registry, model::EntityRef entity) {
    std::vector<std::string_view> names;
    if (entity.kind != model::EntityKind::programme) return names;
    const auto& programme = registry.programmes[entity.index];
    names.push_back(programme.short_name);
    for (const auto& theme : programme.themes) names.push_back(theme.name);
    return names;
}

// How near `key` is to one entity: 0 its id contains it, 1 a name does,
// 2 + typos for a near miss; nullopt when it is not near at all.
std::optional<std::size_t> nearness(const model::Registry& registry, model::EntityRef entity, const std::string& key) {
    const auto id_key = key_of(registry.id_of(entity));
    if (id_key.find(key) != std::string::npos) return 0;
    auto names = other_names(registry, entity);
    names.push_back(entity_name(registry, entity));
    for (const auto name : names) {
        if (!name.empty() && key_of(name).find(key) != std::string::npos) return 1;
    }
    // As util::closest_match: about a third of what was typed may be wrong.
    const std::size_t code_points = util::edit_distance(key, "");
    const std::size_t allowed = std::max<std::size_t>(1, code_points / 3);
    std::size_t best = util::edit_distance(key, id_key);
    if (const auto name = entity_name(registry, entity); !name.empty()) {
        best = std::min(best, util::edit_distance(key, key_of(name)));
    }
    if (best > allowed) return std::nullopt;
    return 2 + best;
}

}  // namespace

std::vector<model::EntityRef> find_by_name(const model::Registry& registry, std::string_view text) {
    std::vector<model::EntityRef> found;
    const auto wanted = key_of(text);
    if (wanted.empty()) return found;
    for (const auto entity : all_entities(registry)) {
        const auto name = entity_name(registry, entity);
        if (!name.empty() && key_of(name) == wanted) found.push_back(entity);
    }
    return found;
}

std::vector<std::string> nearest_ids(const model::Registry& registry, std::string_view text,
                                     std::optional<model::EntityKind> kind, std::size_t limit) {
    const auto key = key_of(text);
    if (key.empty()) return {};
    std::vector<std::tuple<std::size_t, std::string>> scored;
    for (const auto entity : all_entities(registry)) {
        if (kind && entity.kind != *kind) continue;
        if (const auto score = nearness(registry, entity, key)) scored.emplace_back(*score, registry.id_of(entity));
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < scored.size() && i < limit; ++i) ids.push_back(std::get<1>(scored[i]));
    return ids;
}

}  // namespace netadmin::query
