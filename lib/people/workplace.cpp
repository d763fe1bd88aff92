// Matching workplaces to centres (see workplace.hpp).
#include "people/workplace.hpp"

#include "query/lookup.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::people {
namespace {

std::string key_of(std::string_view text) {
    std::string key;
    for (const char c : util::fold_for_match(text)) {
        if (c != ' ' && c != '-' && c != '\t' && c != ',' && c != '.') key += c;
    }
    return key;
}

bool in_municipality(const model::Registry& registry, const model::Centre& centre, std::string_view municipality) {
    if (municipality.empty()) return true;
    const auto* wanted = query::find_municipality(registry.reference, municipality);
    // A municipality netadmin does not know narrows nothing: the workplace decides.
    return wanted == nullptr || wanted->code == centre.municipality_code;
}

// The folded words of a text: "BVC Jönköping" -> {"bvc", "jonkoping"}.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : util::fold_for_match(text)) {
        if (c == ' ' || c == '-' || c == '\t' || c == ',' || c == '.' || c == '/' || c == '(' || c == ')') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// The municipality the row names: its municipality cell, else one whose
// whole name stands as words in the workplace ("BVC Jönköping").
const model::Municipality* named_municipality(const model::Registry& registry, std::string_view workplace,
                                              std::string_view municipality) {
    if (!municipality.empty()) return query::find_municipality(registry.reference, municipality);
    const auto words = words_of(workplace);
    for (const auto& candidate : registry.reference.municipalities()) {
        const auto name = words_of(candidate.name);
        if (!name.empty() && std::search(words.begin(), words.end(), name.begin(), name.end()) != words.end()) {
            return &candidate;
        }
    }
    return nullptr;
}

// The hint for a workplace that matches no centre: the nearest centre name
// when one is close, else the one centre of the municipality the row names.
std::optional<std::string> nearest_centre(const model::Registry& registry, std::string_view workplace,
                                          std::string_view municipality) {
    std::vector<std::string> names;
    for (const auto& centre : registry.centres) names.push_back(centre.name);
    if (auto near = util::closest_match(workplace, std::span<const std::string>(names))) return near;
    const auto* place = named_municipality(registry, workplace, municipality);
    if (place == nullptr) return std::nullopt;
    const model::Centre* only = nullptr;
    for (const auto& centre : registry.centres) {
        if (centre.municipality_code != place->code) continue;
        if (only != nullptr) return std::nullopt;
        only = &centre;
    }
    if (only == nullptr) return std::nullopt;
    return only->name;
}

}  // namespace

std::string municipality_name(const model::Registry& registry, const model::Centre& centre) {
    const auto* municipality = registry.reference.find_municipality(centre.municipality_code);
    return municipality != nullptr ? municipality->name : std::string{};
}

WorkplaceMatch match_workplace(const model::Registry& registry, std::string_view workplace,
                               std::string_view municipality) {
    WorkplaceMatch match;
    if (workplace.empty()) return match;
    if (const auto* centre = registry.centre(workplace)) {
        match.centre = centre;
        return match;
    }
    const auto key = key_of(workplace);
    std::vector<const model::Centre*> by_name;
    std::vector<const model::Centre*> containing;
    for (const auto& centre : registry.centres) {
        if (!in_municipality(registry, centre, municipality)) continue;
        const auto name = key_of(centre.name);
        if (name == key) by_name.push_back(&centre);
        if (!key.empty() && name.find(key) != std::string::npos) containing.push_back(&centre);
    }
    const auto& candidates = by_name.empty() ? containing : by_name;
    if (candidates.size() == 1) {
        match.centre = candidates.front();
    } else if (candidates.size() > 1) {
        for (const auto* centre : candidates) match.ambiguous.push_back(centre->id);
    } else {
        match.suggestion = nearest_centre(registry, workplace, municipality);
    }
    return match;
}

}  // namespace netadmin::people
