// The counts the sources state (model/count_fact.hpp), as the reports show
// them: the number, its date and who says so, newest first for a place.
#pragma once

#include "model/place_counts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::report {

struct CountPart {
    std::string id;
    model::Count operations;
    std::optional<model::Count> municipalities;  // in how many municipalities, when the source says
    std::optional<model::Count> regions;         // in how many regions, when the source says
    std::optional<time::FuzzyDate> as_of;
    std::vector<std::string> source_ids;
    std::string source;  // who says so: the publishers (else titles) of its sources, joined by ", "
};

CountPart count_part(const model::Registry& registry, const model::CountFact& count);
std::vector<CountPart> count_parts(const model::Registry& registry, const std::vector<const model::CountFact*>& counts);

}  // namespace netadmin::report
