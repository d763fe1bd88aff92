#include "load/capacity.hpp"

namespace netadmin::load {
namespace {

// The counter of the kind whose header starts at `header` ("[[" already
// matched), or nullptr.
std::size_t* counter_for(std::string_view header, EntityCounts& counts) {
    struct Kind {
        std::string_view name;
        std::size_t EntityCounts::*count;
    };
    static constexpr Kind kinds[] = {
        {"organisation]]", &EntityCounts::organisations},
        {"person]]", &EntityCounts::people},
        {"centre]]", &EntityCounts::centres},
        {"network]]", &EntityCounts::networks},
        {"programme]]", &EntityCounts::programmes},
        {"meeting]]", &EntityCounts::meetings},
        {"venue]]", &EntityCounts::venues},
        {"resource]]", &EntityCounts::resources},
    };
    for (const auto& kind : kinds) {
        if (header.starts_with(kind.name)) return &(counts.*kind.count);
    }
    return nullptr;
}

}  // namespace

void count_headers(std::string_view text, EntityCounts& counts) {
    std::size_t pos = 0;
    while ((pos = text.find("[[", pos)) != std::string_view::npos) {
        std::size_t line_start = pos;
        while (line_start > 0 && (text[line_start - 1] == ' ' || text[line_start - 1] == '\t')) --line_start;
        pos += 2;
        if (line_start != 0 && text[line_start - 1] != '\n') continue;
        if (auto* count = counter_for(text.substr(pos), counts)) ++*count;
    }
}

void reserve(model::Registry& registry, const EntityCounts& counts) {
    registry.organisations.reserve(counts.organisations);
    registry.people.reserve(counts.people);
    registry.centres.reserve(counts.centres);
    registry.networks.reserve(counts.networks);
    registry.programmes.reserve(counts.programmes);
    registry.meetings.reserve(counts.meetings);
    registry.venues.reserve(counts.venues);
    registry.resources.reserve(counts.resources);
}

}  // namespace netadmin::load
