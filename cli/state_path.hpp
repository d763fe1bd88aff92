// Where the state database is: --state (or NETADMIN_STATE), else the XDG
// default ($XDG_STATE_HOME/netadmin/state.db, ~/.local/state/netadmin/state.db).
#pragma once

#include "context.hpp"

#include <filesystem>

namespace netadmin::cli {

// Empty when neither --state nor a home folder is known.
std::filesystem::path state_path(const Context& context);

}  // namespace netadmin::cli
