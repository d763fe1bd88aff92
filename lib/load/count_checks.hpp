// The registry against its sources' counts (model/count_fact.hpp): `check`
// warns where the registry lists more operations in a place than the newest
// count of the sources for it. A count older than the registry's own
// entries is no contradiction (places grow) and is not warned about; the
// warning says which is newer.
#pragma once

#include "load/diagnostic.hpp"
#include "model/registry.hpp"

namespace netadmin::load {

void warn_counts_exceeded(const model::Registry& registry, Diagnostics& diagnostics);

}  // namespace netadmin::load
