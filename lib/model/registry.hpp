// The validated, immutable registry: every entity of every file, the
// reference data, and an index from id to entity. Built once by the loader
// (load/registry_loader.hpp) and only read afterwards.
#pragma once

#include "model/entities.hpp"
#include "model/reference.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace netadmin::model {

struct EntityRef {
    EntityKind kind;
    std::uint32_t index;
};

class Registry {
public:
    Registry() = default;
    // The id index points into the entity vectors: copying would dangle.
    Registry(const Registry&) = delete;
    Registry& operator=(const Registry&) = delete;
    Registry(Registry&&) = default;
    Registry& operator=(Registry&&) = default;

    std::string root;                // the registry directory, as given
    std::vector<std::string> files;  // as given (root/relative), in load order
    Reference reference;
    Settings settings;
    std::vector<Region> regions;
    std::vector<Organisation> organisations;
    std::vector<Person> people;
    std::vector<Centre> centres;
    std::vector<Network> networks;
    std::vector<Programme> programmes;
    std::vector<Meeting> meetings;
    std::vector<Venue> venues;
    std::vector<Resource> resources;
    std::vector<Source> sources;
    std::vector<CountFact> counts;

    // (Re)builds the id index; the loader calls it once the vectors are final.
    // Returns the ids that were already taken, with the later entity's kind
    // and position, so the loader can report duplicates.
    std::vector<EntityRef> build_index();

    std::optional<EntityRef> find(std::string_view id) const;
    const Region* region(std::string_view id) const;
    const Organisation* organisation(std::string_view id) const;
    const Person* person(std::string_view id) const;
    const Centre* centre(std::string_view id) const;
    const Network* network(std::string_view id) const;
    const Programme* programme(std::string_view id) const;
    const Meeting* meeting(std::string_view id) const;
    const Venue* venue(std::string_view id) const;
    const Resource* resource(std::string_view id) const;
    const Source* source(std::string_view id) const;
    const CountFact* count(std::string_view id) const;

    const std::string& id_of(EntityRef ref) const;
    const SourceRef& where(EntityRef ref) const;
    std::vector<std::string_view> all_ids() const;

private:
    template <typename T>
    const T* lookup(std::string_view id, EntityKind kind, const std::vector<T>& items) const;

    std::unordered_map<std::string_view, EntityRef> index_;
};

std::string_view entity_kind_name(EntityKind kind);  // "centre", "person" …
// The provenance of any entity but a source's (nullptr for settings).
const Provenance* provenance_of(const Registry& registry, EntityRef ref);

}  // namespace netadmin::model
