// An interrupted change to the registry, finished or undone before a
// command reads the registry (edit/journal.hpp), and the one line on
// stderr that says so.
#pragma once

#include "context.hpp"

#include "edit/journal.hpp"

namespace netadmin::cli {

// Takes the registry's lock itself, when there is anything to do.
edit::Recovery recover_registry(const Context& context);
// For a command that holds the lock already.
edit::Recovery recover_locked_registry(const Context& context);

}  // namespace netadmin::cli
