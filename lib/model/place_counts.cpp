#include "model/place_counts.hpp"

#include <algorithm>

namespace netadmin::model {
namespace {

bool newer(const CountFact* a, const CountFact* b) {
    const auto a_last = a->as_of ? a->as_of->last_day() : time::CivilDate{};
    const auto b_last = b->as_of ? b->as_of->last_day() : time::CivilDate{};
    if (a_last != b_last) return b_last < a_last;
    if (a->as_of && b->as_of) {
        const auto order = time::compare(*a->as_of, *b->as_of);
        if (order != 0) return order > 0;
    }
    return a->id < b->id;
}

template <typename Match>
std::vector<const CountFact*> counts_where(const Registry& registry, Match match) {
    std::vector<const CountFact*> out;
    for (const auto& count : registry.counts) {
        if (!count.kind && count.operations && match(count)) out.push_back(&count);
    }
    std::sort(out.begin(), out.end(), newer);
    return out;
}

}  // namespace

std::vector<const CountFact*> country_counts(const Registry& registry) {
    return counts_where(registry, [](const CountFact& c) { return c.county_code.empty() && c.municipality.empty(); });
}

std::vector<const CountFact*> county_counts(const Registry& registry, std::string_view county_code) {
    return counts_where(registry, [&](const CountFact& c) { return c.county_code == county_code; });
}

std::vector<const CountFact*> municipality_counts(const Registry& registry, std::string_view code) {
    return counts_where(registry, [&](const CountFact& c) { return c.municipality == code; });
}

PlaceState place_state(const std::vector<const CountFact*>& newest_first) {
    if (newest_first.empty()) return PlaceState::not_known;
    return newest_first.front()->operations->value == 0 ? PlaceState::none : PlaceState::counted;
}

}  // namespace netadmin::model
