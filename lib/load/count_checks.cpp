#include "load/count_checks.hpp"

#include "model/place_counts.hpp"

namespace netadmin::load {

using i18n::Msg;

namespace {

// The centres the registry lists in a place, and the newest date of the
// sources they cite (published, else accessed).
struct Listed {
    std::int64_t centres = 0;
    std::optional<time::FuzzyDate> as_of;
};

template <typename InPlace>
Listed listed(const model::Registry& registry, InPlace in_place) {
    Listed out;
    for (const auto& centre : registry.centres) {
        if (!in_place(centre)) continue;
        ++out.centres;
        for (const auto& id : centre.provenance.sources) {
            const auto* source = registry.source(id);
            if (source == nullptr) continue;
            const auto& date = source->published ? source->published : source->accessed;
            if (date && (!out.as_of || out.as_of->last_day() < date->last_day())) out.as_of = date;
        }
    }
    return out;
}

Location location_of(const model::Registry& registry, const model::SourceRef& where) {
    const auto& file = where.file < registry.files.size() ? registry.files[where.file] : std::string();
    return Location{file, where.line, where.column};
}

// "about 30" or "over 100" is no exact bound: only exact and "nearly" counts are.
template <typename Place>
void compare(const model::Registry& registry, const std::vector<const model::CountFact*>& counts, const Listed& listed,
             Place place, Diagnostics& diagnostics) {
    if (counts.empty()) return;
    const auto& newest = *counts.front();
    const auto& count = *newest.operations;
    if (count.approx == model::Approx::about || count.approx == model::Approx::over) return;
    if (listed.centres <= count.value || !newest.as_of) return;
    if (listed.as_of && newest.as_of->last_day() < listed.as_of->first_day()) return;  // the registry is newer
    const auto where = location_of(registry, newest.where);
    const auto counted = count.value;
    const auto counted_as_of = time::to_data_string(*newest.as_of);
    auto& d = listed.as_of ? diagnostics.warning(where, Msg::warn_count_exceeded, listed.centres, place, counted,
                                                 counted_as_of, time::to_data_string(*listed.as_of))
                           : diagnostics.warning(where, Msg::warn_count_exceeded_undated, listed.centres, place,
                                                 counted, counted_as_of);
    d.set_hint(Msg::hint_count_exceeded);
}

}  // namespace

void warn_counts_exceeded(const model::Registry& registry, Diagnostics& diagnostics) {
    const auto& reference = registry.reference;
    compare(registry, model::country_counts(registry), listed(registry, [](const model::Centre&) { return true; }),
            Msg::place_sweden, diagnostics);
    for (const auto& county : reference.counties()) {
        const auto counts = model::county_counts(registry, county.code);
        if (counts.empty()) continue;
        const auto in_county = [&](const model::Centre& centre) {
            const auto* municipality = reference.municipality_by_code(centre.municipality_code);
            return municipality != nullptr && municipality->county_code == county.code;
        };
        compare(registry, counts, listed(registry, in_county), county.region_name, diagnostics);
    }
    for (const auto& municipality : reference.municipalities()) {
        const auto counts = model::municipality_counts(registry, municipality.code);
        if (counts.empty()) continue;
        const auto in_municipality = [&](const model::Centre& c) { return c.municipality_code == municipality.code; };
        compare(registry, counts, listed(registry, in_municipality), municipality.name, diagnostics);
    }
}

}  // namespace netadmin::load
