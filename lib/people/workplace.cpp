// Matching workplaces to centres (see workplace.hpp).
#include "people/workplace.hpp"

#include "query/lookup.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

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
        std::vector<std::string> names;
        for (const auto& centre : registry.centres) names.push_back(centre.name);
        match.suggestion = util::closest_match(workplace, std::span<const std::string>(names));
    }
    return match;
}

}  // namespace netadmin::people
