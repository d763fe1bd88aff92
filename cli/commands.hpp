// The table of subcommands. Each lives in cli/commands/<name>.cpp, defines
// its own options on the CLI11 subcommand it is given, and returns the
// function that runs it. `needs` says what must be loaded before it runs.
#pragma once

#include "context.hpp"

#include "report/table.hpp"

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
    std::string_view description;  // empty: an internal command, hidden from --help
    Needs needs;
    Runner (*define)(CLI::App& command);
};

std::span<const CommandDef> commands();

// Adds --format with the given choices (the first is the default), in any case.
CLI::Option* add_format_option(CLI::App& command, std::string& format, std::initializer_list<std::string> choices);
// Adds --output/-o FILE: written atomically instead of standard output.
CLI::Option* add_output_option(CLI::App& command, std::string& path);

// --format and --output of a listing.
struct ListingOutput {
    std::string format;
    std::string path;
};
void add_listing_options(CLI::App& command, ListingOutput& output,
                         std::initializer_list<std::string> formats = {"table", "csv", "json", "markdown"});
// Writes a listing in the format chosen; an empty table in the table format
// on a terminal says `empty` instead, while CSV and JSON stay empty.
int emit_listing(const Context& context, const report::Table& table, const ListingOutput& output,
                 const std::string& empty);

}  // namespace netadmin::cli
