// What a command runs with: the global options, the language, the one
// clock ("now" and "today"), the loaded registry and the state database's
// path (for commands that need them, cli/commands.hpp), and the ways out
// (stdout, stderr, --output files, exit codes).
#pragma once

#include "i18n/catalog.hpp"
#include "load/registry_loader.hpp"
#include "time/civil_date.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::cli {

namespace exit_code {
inline constexpr int ok = 0;
inline constexpr int data_error = 1;  // the registry or the state is wrong, or a delivery failed
inline constexpr int usage = 2;       // the command line is wrong
inline constexpr int internal = 3;    // a bug: please report it
}  // namespace exit_code

// errno of the first write to stdout that failed, 0 when none did.
int stdout_errno();

// The current instant, seconds since the epoch: the one clock of every
// command. NETADMIN_NOW (seconds since the epoch) replaces it, so tests can
// stand on either side of a Stockholm midnight.
std::int64_t clock_now();

struct GlobalOptions {
    std::string registry;   // --registry / NETADMIN_REGISTRY
    std::string state;      // --state
    std::string lang;       // --lang
    std::string today;      // --today
    unsigned jobs = 0;      // --jobs / NETADMIN_JOBS; 0: one per core
    bool no_cache = false;  // --no-cache (NETADMIN_CACHE=off: cli/cache_choice.hpp)
};

class Context {
public:
    GlobalOptions options;
    i18n::Language language = i18n::Language::en;
    std::int64_t now = 0;                // clock_now() when the command started
    time::CivilDate today;               // --today, else the Stockholm date of `now`
    std::filesystem::path data_dir;      // bundled data: registry/ and reference/
    std::filesystem::path registry_dir;  // the registry in use
    std::string command_name;            // for "see 'netadmin CMD --help'"
    // The registry, for commands that need it. It is never freed: it lives
    // until the process ends, and freeing its many small strings one by one
    // took a seventh of a warm `list-centres` (callgrind) while the kernel
    // takes the heap back at once. Held by kept_registry() (cli/app.cpp), so
    // leak checkers see it reachable.
    load::LoadResult* loaded = nullptr;
    std::filesystem::path state_file;  // for commands that need the state database

    const model::Registry& registry() const { return loaded->registry; }

    template <typename... Args>
    std::string tr(catalog::Checked<Args...> msg, Args&&... args) const {
        return i18n::format(language, msg, std::forward<Args>(args)...);
    }

    // Standard output, as is.
    void print(std::string_view text) const;
    // "netadmin: MESSAGE" on stderr.
    void error(std::string_view message) const;
    // A usage problem: one line on stderr pointing at --help; returns exit_code::usage.
    int usage_error(std::string_view message) const;
    int usage_error(const catalog::Problem& problem) const { return usage_error(i18n::format(language, problem)); }
    // A problem the library found (the registry, the state database, a file):
    // one line on stderr; returns exit_code::data_error. With usage_error, the
    // one place a problem becomes an exit code (docs/cli.md, "Exit codes").
    int fail(const catalog::Problem& problem) const;
    // Writes `content` to `path` atomically, or to stdout when `path` is empty
    // or "-". Returns an exit code.
    int emit(const std::string& content, const std::string& path) const;
    // True when stdout is a terminal and NO_COLOR is not set.
    bool colour() const;
    // True when stdout is a terminal: a person reads it, not a script.
    bool stdout_is_terminal() const;
};

}  // namespace netadmin::cli
