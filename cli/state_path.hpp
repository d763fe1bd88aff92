// Where the state database is: --state (or NETADMIN_STATE), else the XDG
// default ($XDG_STATE_HOME/netadmin/state.db, ~/.local/state/netadmin/state.db).
#pragma once

#include "context.hpp"

#include <cstdint>
#include <filesystem>

namespace netadmin::cli {

// Empty when neither --state nor a home folder is known.
std::filesystem::path state_path(const Context& context);

// The current instant, seconds since the epoch. NETADMIN_NOW (seconds since
// the epoch) replaces the clock for tests of the Stockholm day boundary.
std::int64_t clock_now();

}  // namespace netadmin::cli
