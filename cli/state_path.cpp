#include "state_path.hpp"

#include "state/state_file.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace netadmin::cli {

std::filesystem::path state_path(const Context& context) {
    if (!context.options.state.empty()) return context.options.state;
    return state::default_state_path(std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
}

std::int64_t clock_now() {
    if (const char* now = std::getenv("NETADMIN_NOW"); now != nullptr && *now != '\0') {
        std::int64_t value = 0;
        const auto end = now + std::strlen(now);
        if (const auto [ptr, error] = std::from_chars(now, end, value); error == std::errc{} && ptr == end)
            return value;
    }
    return static_cast<std::int64_t>(std::time(nullptr));
}

}  // namespace netadmin::cli
