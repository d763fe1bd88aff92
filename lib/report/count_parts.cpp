#include "report/count_parts.hpp"

namespace netadmin::report {

CountPart count_part(const model::Registry& registry, const model::CountFact& count) {
    CountPart part;
    part.id = count.id;
    part.operations = count.operations.value_or(model::Count{});
    part.municipalities = count.municipalities;
    part.regions = count.regions;
    part.as_of = count.as_of;
    part.source_ids = count.provenance.sources;
    for (const auto& id : count.provenance.sources) {
        const auto* source = registry.source(id);
        if (source == nullptr) continue;
        if (!part.source.empty()) part.source += ", ";
        part.source += source->publisher.empty() ? source->title : source->publisher;
    }
    return part;
}

std::vector<CountPart> count_parts(const model::Registry& registry,
                                   const std::vector<const model::CountFact*>& counts) {
    std::vector<CountPart> out;
    out.reserve(counts.size());
    for (const auto* count : counts) out.push_back(count_part(registry, *count));
    return out;
}

}  // namespace netadmin::report
