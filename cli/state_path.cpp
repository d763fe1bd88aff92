#include "state_path.hpp"

#include "state/state_file.hpp"

#include <cstdlib>

namespace netadmin::cli {

std::filesystem::path state_path(const Context& context) {
    if (!context.options.state.empty()) return context.options.state;
    return state::default_state_path(std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
}

}  // namespace netadmin::cli
