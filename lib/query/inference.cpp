// Inferences and the facts they follow from; see query/inference.hpp.
#include "query/inference.hpp"

#include "model/field_access.hpp"

namespace netadmin::query {
namespace {

Inference marked(const model::Provenance& provenance, std::string_view key) {
    if (!provenance.is_inferred(key)) return {};
    return {true, provenance.inference_note};
}

// The region that holds the municipality follows from it.
template <typename E>
Inference region_from_municipality(const model::Registry& registry, const E& entity) {
    if (entity.municipality_code.empty() || entity.region.empty()) return {};
    const auto* region = registry.region(entity.region);
    const auto* municipality = registry.reference.municipality_by_code(entity.municipality_code);
    if (region == nullptr || municipality == nullptr || municipality->county_code != region->county_code) return {};
    return marked(entity.provenance, "municipality");
}

// The same value as a parent's (a programme's, an organisation's) shares its provenance.
template <typename Parent>
Inference same_as(const model::Registry& registry, const Parent* parent, const std::string& value,
                  const std::string& parent_value, std::string_view key) {
    if (parent == nullptr || value.empty() || value != parent_value) return {};
    return inference_of(registry, *parent, key);
}

}  // namespace

Inference inference_of(const model::Registry&, const model::Region& region, std::string_view key) {
    return marked(region.provenance, key);
}

Inference inference_of(const model::Registry& registry, const model::Organisation& organisation, std::string_view key) {
    if (auto own = marked(organisation.provenance, key); own || key != "region") return own;
    if (auto from = region_from_municipality(registry, organisation)) return from;
    const auto* parent = registry.organisation(organisation.parent);
    if (parent == nullptr || parent == &organisation || parent->region != organisation.region) return {};
    if (auto link = marked(organisation.provenance, "parent")) return link;
    // Up the chain of parents, each step one organisation: a chain that
    // loops (the loader reports it) ends after as many steps as there are.
    for (std::size_t steps = 0; parent != nullptr && steps < registry.organisations.size(); ++steps) {
        if (parent->region != organisation.region) return {};
        if (auto own = marked(parent->provenance, "region")) return own;
        if (auto from = region_from_municipality(registry, *parent)) return from;
        const auto* next = registry.organisation(parent->parent);
        if (next != nullptr && next->region == organisation.region) {
            if (auto link = marked(parent->provenance, "parent")) return link;
        }
        parent = next;
    }
    return {};
}

Inference inference_of(const model::Registry& registry, const model::Person& person, std::string_view key) {
    if (auto own = marked(person.provenance, key); own || key != "region") return own;
    const auto* organisation = registry.organisation(person.organisation);
    if (organisation == nullptr || organisation->region != person.region || person.region.empty()) return {};
    if (auto link = marked(person.provenance, "organisation")) return link;
    return inference_of(registry, *organisation, "region");
}

Inference inference_of(const model::Registry& registry, const model::Centre& centre, std::string_view key) {
    if (auto own = marked(centre.provenance, key); own || key != "region") return own;
    return region_from_municipality(registry, centre);
}

Inference inference_of(const model::Registry&, const model::Network& network, std::string_view key) {
    return marked(network.provenance, key);
}

Inference inference_of(const model::Registry&, const model::Programme& programme, std::string_view key) {
    return marked(programme.provenance, key);
}

Inference inference_of(const model::Registry& registry, const model::Meeting& meeting, std::string_view key) {
    if (auto own = marked(meeting.provenance, key)) return own;
    const auto* programme = registry.programme(meeting.programme);
    const auto* network = registry.network(meeting.network);
    if (key == "region") {
        if (auto from = same_as(registry, programme, meeting.region, programme ? programme->region : "", key))
            return from;
        return same_as(registry, network, meeting.region, network ? network->region : "", key);
    }
    if (key == "venue") return same_as(registry, programme, meeting.venue, programme ? programme->venue : "", key);
    return {};
}

Inference inference_of(const model::Registry& registry, const model::Venue& venue, std::string_view key) {
    if (auto own = marked(venue.provenance, key); own || key != "region") return own;
    return region_from_municipality(registry, venue);
}

Inference inference_of(const model::Registry&, const model::Resource& resource, std::string_view key) {
    return marked(resource.provenance, key);
}

Inference inference_of(const model::Registry&, const model::Source& source, std::string_view key) {
    return marked(source.provenance, key);
}

Inference inference_of(const model::Registry&, const model::CountFact& count, std::string_view key) {
    return marked(count.provenance, key);
}

Inference inference_of(const model::Registry& registry, model::EntityRef entity, std::string_view key) {
    return model::with_kind(entity.kind, [&](auto type) {
        using E = typename decltype(type)::type;
        const auto& items = model::entities_of<E>(registry);
        if (entity.index >= items.size()) return Inference{};
        return inference_of(registry, items[entity.index], key);
    });
}

}  // namespace netadmin::query
