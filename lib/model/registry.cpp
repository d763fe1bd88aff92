#include "model/registry.hpp"

namespace netadmin::model {
namespace {

template <typename Visit>
void for_each_entity_vector(Registry& r, Visit visit) {
    visit(EntityKind::region, r.regions);
    visit(EntityKind::organisation, r.organisations);
    visit(EntityKind::person, r.people);
    visit(EntityKind::centre, r.centres);
    visit(EntityKind::network, r.networks);
    visit(EntityKind::programme, r.programmes);
    visit(EntityKind::meeting, r.meetings);
    visit(EntityKind::venue, r.venues);
    visit(EntityKind::resource, r.resources);
    visit(EntityKind::source, r.sources);
    visit(EntityKind::count, r.counts);
}

}  // namespace

std::vector<EntityRef> Registry::build_index() {
    index_.clear();
    std::size_t total = regions.size() + organisations.size() + people.size() + centres.size() + networks.size() +
                        programmes.size() + meetings.size() + venues.size() + resources.size() + sources.size() +
                        counts.size();
    index_.reserve(total);
    std::vector<EntityRef> duplicates;
    for_each_entity_vector(*this, [&](EntityKind kind, auto& items) {
        for (std::uint32_t i = 0; i < items.size(); ++i) {
            const EntityRef ref{kind, i};
            if (!index_.emplace(std::string_view(items[i].id), ref).second) duplicates.push_back(ref);
        }
    });
    return duplicates;
}

std::optional<EntityRef> Registry::find(std::string_view id) const {
    const auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

template <typename T>
const T* Registry::lookup(std::string_view id, EntityKind kind, const std::vector<T>& items) const {
    const auto ref = find(id);
    if (!ref || ref->kind != kind) return nullptr;
    return &items[ref->index];
}

const Region* Registry::region(std::string_view id) const { return lookup(id, EntityKind::region, regions); }
const Organisation* Registry::organisation(std::string_view id) const {
    return lookup(id, EntityKind::organisation, organisations);
}
const Person* Registry::person(std::string_view id) const { return lookup(id, EntityKind::person, people); }
const Centre* Registry::centre(std::string_view id) const { return lookup(id, EntityKind::centre, centres); }
const Network* Registry::network(std::string_view id) const { return lookup(id, EntityKind::network, networks); }
const Programme* Registry::programme(std::string_view id) const {
    return lookup(id, EntityKind::programme, programmes);
}
const Meeting* Registry::meeting(std::string_view id) const { return lookup(id, EntityKind::meeting, meetings); }
const Venue* Registry::venue(std::string_view id) const { return lookup(id, EntityKind::venue, venues); }
const Resource* Registry::resource(std::string_view id) const { return lookup(id, EntityKind::resource, resources); }
const Source* Registry::source(std::string_view id) const { return lookup(id, EntityKind::source, sources); }
const CountFact* Registry::count(std::string_view id) const { return lookup(id, EntityKind::count, counts); }

const std::string& Registry::id_of(EntityRef ref) const {
    switch (ref.kind) {
        case EntityKind::region: return regions[ref.index].id;
        case EntityKind::organisation: return organisations[ref.index].id;
        case EntityKind::person: return people[ref.index].id;
        case EntityKind::centre: return centres[ref.index].id;
        case EntityKind::network: return networks[ref.index].id;
        case EntityKind::programme: return programmes[ref.index].id;
        case EntityKind::meeting: return meetings[ref.index].id;
        case EntityKind::venue: return venues[ref.index].id;
        case EntityKind::resource: return resources[ref.index].id;
        case EntityKind::source: return sources[ref.index].id;
        case EntityKind::count: return counts[ref.index].id;
    }
    return regions.at(ref.index).id;
}

const SourceRef& Registry::where(EntityRef ref) const {
    switch (ref.kind) {
        case EntityKind::region: return regions[ref.index].where;
        case EntityKind::organisation: return organisations[ref.index].where;
        case EntityKind::person: return people[ref.index].where;
        case EntityKind::centre: return centres[ref.index].where;
        case EntityKind::network: return networks[ref.index].where;
        case EntityKind::programme: return programmes[ref.index].where;
        case EntityKind::meeting: return meetings[ref.index].where;
        case EntityKind::venue: return venues[ref.index].where;
        case EntityKind::resource: return resources[ref.index].where;
        case EntityKind::source: return sources[ref.index].where;
        case EntityKind::count: return counts[ref.index].where;
    }
    return regions.at(ref.index).where;
}

std::vector<std::string_view> Registry::all_ids() const {
    std::vector<std::string_view> ids;
    ids.reserve(index_.size());
    for (const auto& [id, ref] : index_) ids.push_back(id);
    return ids;
}

std::string_view entity_kind_name(EntityKind kind) {
    switch (kind) {
        case EntityKind::region: return "region";
        case EntityKind::organisation: return "organisation";
        case EntityKind::person: return "person";
        case EntityKind::centre: return "centre";
        case EntityKind::network: return "network";
        case EntityKind::programme: return "programme";
        case EntityKind::meeting: return "meeting";
        case EntityKind::venue: return "venue";
        case EntityKind::resource: return "resource";
        case EntityKind::source: return "source";
        case EntityKind::count: return "count";
    }
    return "entity";
}

const Provenance* provenance_of(const Registry& r, EntityRef ref) {
    switch (ref.kind) {
        case EntityKind::region: return &r.regions[ref.index].provenance;
        case EntityKind::organisation: return &r.organisations[ref.index].provenance;
        case EntityKind::person: return &r.people[ref.index].provenance;
        case EntityKind::centre: return &r.centres[ref.index].provenance;
        case EntityKind::network: return &r.networks[ref.index].provenance;
        case EntityKind::programme: return &r.programmes[ref.index].provenance;
        case EntityKind::meeting: return &r.meetings[ref.index].provenance;
        case EntityKind::venue: return &r.venues[ref.index].provenance;
        case EntityKind::resource: return &r.resources[ref.index].provenance;
        case EntityKind::source: return &r.sources[ref.index].provenance;
        case EntityKind::count: return &r.counts[ref.index].provenance;
    }
    return nullptr;
}

}  // namespace netadmin::model
