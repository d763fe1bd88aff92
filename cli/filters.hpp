// Command-line filters that name registry things (a region, a programme,
// a municipality, a date), checked against the loaded registry. An empty
// value is no filter; a bad one is a usage problem with the nearest ids,
// for the command to report (Context::usage_error).
#pragma once

#include "context.hpp"

#include "catalog/problem.hpp"
#include "model/registry.hpp"
#include "time/civil_date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::cli {

// The id of the region, programme or municipality `text` names ("" for no filter).
catalog::Result<std::string> resolve_region(const model::Registry& registry, const std::string& text);
catalog::Result<std::string> resolve_programme(const model::Registry& registry, const std::string& text);
catalog::Result<std::string> resolve_municipality(const model::Registry& registry, const std::string& text);
// The entity an id or a name names (show, blame): a name finds the one
// entity so named; anything else is a problem listing the nearest ids.
catalog::Result<model::EntityRef> resolve_entity(const model::Registry& registry, const std::string& text);
// The date `option` gives (nullopt for no filter).
catalog::Result<std::optional<time::CivilDate>> resolve_date(const std::string& option, const std::string& text);

struct DateRange {
    std::optional<time::CivilDate> from;
    std::optional<time::CivilDate> to;
};
// --from and --to; a problem when either is not a date or --to comes before --from.
catalog::Result<DateRange> resolve_date_range(const std::string& from_text, const std::string& to_text);

// `message`, then "did you mean 'a'?" or "did you mean 'a', 'b' or 'c'?"
// when there are candidates.
std::string with_suggestions(const Context& context, std::string message, const std::vector<std::string>& candidates);

}  // namespace netadmin::cli
