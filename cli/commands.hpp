// The table of subcommands. Each lives in cli/commands/<name>.cpp, defines
// its own options on the CLI11 subcommand it is given, and returns the
// function that runs it. `needs` says what must be loaded before it runs.
#pragma once

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <span>
#include <string_view>

namespace netadmin::cli {

enum class Needs {
    nothing,           // runs without the registry
    registry,          // a registry without errors (else: print them, exit 1)
    registry_as_is,    // the registry with its diagnostics, even when it has errors (check)
    registry_partial,  // the same, for remind: it withholds what depends on an error and sends the rest
};

using Runner = std::function<int(Context&)>;

struct CommandDef {
    std::string_view name;
    std::string_view description;
    Needs needs;
    Runner (*define)(CLI::App& command);
};

std::span<const CommandDef> commands();

// Adds --format with the given choices (the first is the default).
CLI::Option* add_format_option(CLI::App& command, std::string& format, std::initializer_list<std::string> choices);

}  // namespace netadmin::cli
