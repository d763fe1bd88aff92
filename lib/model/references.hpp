// Every reference from one entity to another, walked in one place, so that
// "what refers to X" (netadmin show) and reports agree on what a reference is.
#pragma once

#include "model/registry.hpp"

#include <functional>
#include <string_view>

namespace netadmin::model {

// Calls `visit(from, key, to_id)` for every id an entity names, in registry
// order. Region membership (the `region` of an entity) counts as a reference.
void for_each_reference(const Registry& registry,
                        const std::function<void(EntityRef from, std::string_view key, const Id& to)>& visit);

// Calls `visit(from, source_id)` for every source an entity cites (its
// `sources`), in registry order; part of for_each_reference as key "sources".
void for_each_citation(const Registry& registry, const std::function<void(EntityRef from, const Id& source)>& visit);

}  // namespace netadmin::model
