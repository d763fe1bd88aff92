#include "context.hpp"

#include "util/atomic_file.hpp"
#include "util/visible.hpp"

#include <unistd.h>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace netadmin::cli {

namespace {
int first_stdout_errno = 0;  // why the first failed write to stdout failed
}

int stdout_errno() { return first_stdout_errno; }

std::int64_t clock_now() {
    if (const char* now = std::getenv("NETADMIN_NOW"); now != nullptr && *now != '\0') {
        std::int64_t value = 0;
        const auto end = now + std::strlen(now);
        if (const auto [ptr, error] = std::from_chars(now, end, value); error == std::errc{} && ptr == end)
            return value;
    }
    return static_cast<std::int64_t>(std::time(nullptr));
}

void Context::print(std::string_view text) const {
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() && first_stdout_errno == 0) {
        first_stdout_errno = errno;
    }
}

void Context::error(std::string_view message) const {
    std::fprintf(stderr, "netadmin: %.*s\n", static_cast<int>(message.size()), message.data());
}

int Context::fail(const catalog::Problem& problem) const {
    // One line: control characters in paths and SQLite's words are shown
    // as \n, \x1b, so nothing can forge a line.
    error(util::visible_controls(i18n::format(language, problem)));
    return exit_code::data_error;
}

int Context::usage_error(std::string_view message) const {
    const std::string help = command_name.empty() ? "netadmin --help" : "netadmin " + command_name + " --help";
    const auto pointer = i18n::format(language, i18n::Msg::see_help, help);
    std::fprintf(stderr, "netadmin: %.*s %s\n", static_cast<int>(message.size()), message.data(), pointer.c_str());
    return exit_code::usage;
}

int Context::emit(const std::string& content, const std::string& path) const {
    if (path.empty() || path == "-") {
        print(content);
        if (std::fflush(stdout) == 0) return exit_code::ok;
        if (first_stdout_errno == 0) first_stdout_errno = errno;
        return exit_code::data_error;  // cli::run says why
    }
    if (auto written = util::write_file_atomically(path, content); !written) {
        error(i18n::format(language, written.problem()));
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
