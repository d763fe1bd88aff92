// The table of subcommands. Each lives in cli/commands/<name>.cpp, defines
// its own options on the CLI11 subcommand it is given, and returns the
// function that runs it. A group (report, export, reminders) is a row whose
// commands are rows of their own: the parser requires one of them, and only
// the one given runs. `needs` says what must be ready before a command runs.
#pragma once

#include "context.hpp"

#include "catalog/checked.hpp"
#include "render/format.hpp"
#include "report/table.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <span>
#include <string_view>

namespace netadmin::cli {

enum class Registry {
    none,     // runs without the registry
    valid,    // a registry without errors (else: print them, exit 1)
    as_is,    // the registry with its diagnostics, even when it has errors (check)
    partial,  // the same, for remind: it withholds what depends on an error and sends the rest
};

enum class State {
    none,
    database,  // the state database's path (--state, else the XDG default) in
               // Context::state_file; a usage error when there is none
};

struct Needs {
    Registry registry = Registry::none;
    State state = State::none;
};

using Runner = std::function<int(Context&)>;

struct CommandDef {
    std::string_view name;
    std::optional<catalog::Checked<>> description;  // none: an internal command, hidden from --help
    Needs needs;
    Runner (*define)(CLI::App& command);      // null for a group
    std::span<const CommandDef> subcommands;  // a group's commands
};

std::span<const CommandDef> commands();

// Adds --format with the formats a view declares (render/format.hpp; the
// first is the default), in any case: its accepted values, its help and the
// message for any other value are built from `formats`.
CLI::Option* add_format_option(CLI::App& command, std::string& format, std::span<const render::Format> formats);
// Adds --output/-o FILE: written atomically instead of standard output.
CLI::Option* add_output_option(CLI::App& command, std::string& path);

// --format and --output of a listing.
struct ListingOutput {
    std::string format;
    std::string path;
    std::string csv_dialect = "rfc4180";  // a listing that offers --csv-dialect
};
// --csv-dialect rfc4180|excel-sv, for the listings that `import` reads back.
void add_csv_dialect_option(CLI::App& command, ListingOutput& output);
void add_listing_options(CLI::App& command, ListingOutput& output,
                         std::span<const render::Format> formats = render::formats_of(render::ViewKind::table));
// Writes a listing in the format chosen; an empty table in the table format
// on a terminal says `empty` instead, while CSV and JSON stay empty.
int emit_listing(const Context& context, const report::Table& table, const ListingOutput& output,
                 const std::string& empty);

}  // namespace netadmin::cli
