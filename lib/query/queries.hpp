// Questions asked of the registry: filtered, sorted selections of entities.
// Results point into the registry (which outlives them) and come in a
// deterministic order: names in Swedish collation, ties broken by id;
// meetings chronologically.
#pragma once

#include "model/registry.hpp"
#include "time/civil_date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::query {

struct CentreFilter {
    std::string region;             // region id
    std::string municipality_code;  // SCB code
    std::optional<model::CentreKind> kind;
    std::optional<model::Operation> operation;
};

struct MeetingFilter {
    std::string region;
    std::string programme;
    std::string network;
    std::optional<time::CivilDate> from;  // inclusive; a month or term overlapping counts
    std::optional<time::CivilDate> to;    // inclusive
};

std::vector<const model::Region*> regions(const model::Registry& registry);
std::vector<const model::Centre*> centres(const model::Registry& registry, const CentreFilter& filter);
// People of a region: those placed in it, and the contacts of its centres,
// networks and programmes. All people when `region` is empty.
std::vector<const model::Person*> contacts(const model::Registry& registry, const std::string& region);
// Undated meetings (a place but no date yet) come last and only when no
// date range is given.
std::vector<const model::Meeting*> meetings(const model::Registry& registry, const MeetingFilter& filter);

// A person's name, or their e-mail address when no name is known.
const std::string& display_name(const model::Person& person);

// Chronological order of meetings: date (precise before vague on the same
// first day), start time, title, id; undated last.
bool meeting_before(const model::Meeting& a, const model::Meeting& b);

}  // namespace netadmin::query
