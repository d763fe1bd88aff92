// Command-line filters that name registry things (a region, a programme,
// a municipality, a date), checked against the loaded registry. On a bad value
// they print a usage error with a suggestion and return the exit code.
#pragma once

#include "context.hpp"

#include "time/civil_date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::cli {

std::optional<int> resolve_region(const Context& context, const std::string& text, std::string& region_id);
std::optional<int> resolve_programme(const Context& context, const std::string& text, std::string& programme_id);
std::optional<int> resolve_municipality(const Context& context, const std::string& text, std::string& code);
std::optional<int> resolve_date(const Context& context, const std::string& option, const std::string& text,
                                std::optional<time::CivilDate>& date);
// --from and --to; a usage error when either is not a date or --to comes before --from.
std::optional<int> resolve_date_range(const Context& context, const std::string& from_text, const std::string& to_text,
                                      std::optional<time::CivilDate>& from, std::optional<time::CivilDate>& to);

// `message`, then "did you mean 'a'?" or "did you mean 'a', 'b' or 'c'?"
// when there are candidates.
std::string with_suggestions(const Context& context, std::string message, const std::vector<std::string>& candidates);

}  // namespace netadmin::cli
