// A problem kept for later, as text: the reminder log stores why a
// delivery failed, and whoever reads the log (`reminders log --lang sv`)
// shows it in their own language, not in the language of the run that
// wrote it. Only the key and its arguments are kept; a place or
// suggestions are not.
#pragma once

#include "catalog/problem.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::catalog {

// The key's name in the table, or nullopt when no key has that name.
std::optional<Msg> key_named(std::string_view name);

// "\x1e" key, then each argument after "\x1f" as "t:text", "n:42" or
// "k:key": control characters that neither a key nor a mailer's words
// printed to a log contain, so stored text of older versions (plain
// English) is never taken for a problem.
std::string to_stored(const Problem& problem);

// The problem to_stored wrote, or nullopt for anything else: plain text, an
// unknown key (a newer version's), or arguments that do not fit the key.
std::optional<Problem> from_stored(std::string_view stored);

}  // namespace netadmin::catalog
