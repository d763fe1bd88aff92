// Checks that need the whole registry: duplicate ids across files, every
// reference to another entity, regions and their municipalities, programme
// themes of sessions. Also fills in what follows from other entities (a
// meeting's region from its network or programme, a session's venue from
// its programme), so the registry handed on is complete.
#pragma once

#include "load/diagnostic.hpp"
#include "load/table_reader.hpp"
#include "model/registry.hpp"

#include <vector>

namespace netadmin::load {

void validate(model::Registry& registry, const PendingReferences& references, Diagnostics& diagnostics);

}  // namespace netadmin::load
