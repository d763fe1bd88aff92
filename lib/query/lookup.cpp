#include "query/lookup.hpp"

#include "util/utf8.hpp"

#include <string>
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

}  // namespace netadmin::query
