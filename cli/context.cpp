#include "context.hpp"

#include "util/atomic_file.hpp"

#include <unistd.h>
#include <cstdio>
#include <cstdlib>

namespace netadmin::cli {

void Context::print(std::string_view text) const { std::fwrite(text.data(), 1, text.size(), stdout); }

void Context::error(std::string_view message) const {
    std::fprintf(stderr, "netadmin: %.*s\n", static_cast<int>(message.size()), message.data());
}

int Context::usage_error(std::string_view message) const {
    const std::string help = command_name.empty() ? "netadmin --help" : "netadmin " + command_name + " --help";
    const auto pointer = i18n::format(language, i18n::Msg::see_help, {help});
    std::fprintf(stderr, "netadmin: %.*s %s\n", static_cast<int>(message.size()), message.data(), pointer.c_str());
    return exit_code::usage;
}

int Context::emit(const std::string& content, const std::string& path) const {
    if (path.empty() || path == "-") {
        print(content);
        return std::fflush(stdout) == 0 ? exit_code::ok : exit_code::data_error;
    }
    if (auto problem = util::write_file_atomically(path, content)) {
        error(*problem);
        return exit_code::data_error;
    }
    return exit_code::ok;
}

bool Context::colour() const {
    const char* no_colour = std::getenv("NO_COLOR");
    return stdout_is_terminal() && (no_colour == nullptr || *no_colour == '\0');
}

bool Context::stdout_is_terminal() const { return isatty(STDOUT_FILENO) == 1; }

}  // namespace netadmin::cli
