// How many entities of each kind a registry's files will give, counted from
// the "[[kind]]" headers before anything is parsed, so the loader can
// reserve every entity vector once at its final size. A vector that doubles
// holds its old and new buffers at once while it moves (1.5 to 3 times its
// size: over a GB for a million meetings) and may end up half empty. The
// count is only a capacity hint: tables written another way (an inline
// array) or headers inside multi-line strings change how much is reserved,
// never what is read.
#pragma once

#include "model/registry.hpp"

#include <cstddef>
#include <string_view>

namespace netadmin::load {

struct EntityCounts {
    std::size_t organisations = 0;
    std::size_t people = 0;
    std::size_t centres = 0;
    std::size_t networks = 0;
    std::size_t programmes = 0;
    std::size_t meetings = 0;
    std::size_t venues = 0;
    std::size_t resources = 0;
};

// Adds the "[[organisation]]", "[[person]]" … headers that start a line of `text`.
void count_headers(std::string_view text, EntityCounts& counts);

void reserve(model::Registry& registry, const EntityCounts& counts);

}  // namespace netadmin::load
