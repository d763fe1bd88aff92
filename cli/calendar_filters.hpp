// Command-line filters of the calendar commands (agenda, export ics) that
// the shared filters.hpp does not have: a programme id, checked against the
// loaded registry, with a suggestion when it is misspelt.
#pragma once

#include "context.hpp"

#include <optional>
#include <string>

namespace netadmin::cli {

std::optional<int> resolve_programme(const Context& context, const std::string& text, std::string& programme_id);

}  // namespace netadmin::cli
