// The rules every command shares, applied once for all of them: unknown
// commands and options with a suggestion, CLI11's own messages replaced by
// the catalogue's, empty values refused, choices checked, the global options
// shown in each command's --help. Every problem here is a usage error
// (exit 2) with one line on stderr.
#pragma once

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace netadmin::cli {

// Call once the whole tree of commands is defined: unknown words are kept
// for check_parsed to name, and each command's --help lists the global
// options in `context`'s language.
void prepare_command_tree(CLI::App& root, const Context& context);

// Records the values an option may take (compared after lowercasing);
// check_parsed reports any other value. The option keeps its string.
void set_choices(CLI::Option& option, std::vector<std::string> choices);
// The choices set_choices recorded for `option`; null when it has none.
const std::vector<std::string>* choices_of(const CLI::Option* option);

// The language asked for with --lang, looked up before parsing so that
// even a parse error speaks it; nullopt when there is no usable --lang.
std::optional<std::string> lang_in_argv(int argc, char** argv);

// "report region": the commands selected, below the root.
std::string command_path(const CLI::App& root);

// Turns a CLI11 parse error into the catalogue's message; returns exit 2.
int report_parse_error(Context& context, const CLI::App& root, const CLI::ParseError& error);

// After a successful parse: leftover words, a group without its command,
// empty values (options, NETADMIN_REGISTRY), values outside their choices.
std::optional<int> check_parsed(const Context& context, const CLI::App& root);

}  // namespace netadmin::cli
