// The rules every command shares, applied once for all of them: unknown
// commands and options with a suggestion, CLI11's own messages replaced by
// the catalogue's, empty values refused, choices checked, the global options
// shown in each command's --help. Every problem here is a usage error
// (exit 2) with one line on stderr.
#pragma once

#include "context.hpp"

#include "i18n/catalog.hpp"
#include "model/registry.hpp"

#include <CLI/CLI.hpp>

#include <functional>
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

// What the shell completions (cli/generate.cpp) offer for the value of an
// option or an argument, declared where the option is defined:
//   complete_with(command.add_option("--region", region), Completion::ids(model::EntityKind::region));
// An option without one offers nothing. The shells complete an option's
// value by its name, whatever the command: options of one name complete alike.
struct Completion {
    enum class Kind {
        ids,        // ids of the registry: of the kind in `words`, or of every kind
        registry,   // the registry directory: a directory, and where the ids come from
        directory,  // a directory
        file,       // a file
        words,      // the fixed words in `words`, separated by spaces
    };
    Kind kind = Kind::file;
    std::string words;

    static Completion ids(model::EntityKind kind);
    static Completion any_id() { return {Kind::ids, {}}; }
    static Completion registry() { return {Kind::registry, {}}; }
    static Completion directory() { return {Kind::directory, {}}; }
    static Completion file() { return {Kind::file, {}}; }
    static Completion one_of(const std::vector<std::string>& words);
};
CLI::Option* complete_with(CLI::Option* option, Completion completion);
// What complete_with recorded for `option`; null when nothing.
const Completion* completion_of(const CLI::Option* option);

// What --help says about an option, an argument or a command comes from
// the catalogue: help_from_catalogue sets the English text (what the man
// page and the completions are written with) and records the key, and
// translate_help puts every recorded text, and CLI11's own --help and
// --version lines, in one language. Call it before CLI11 prints help.
//   help_from_catalogue(command.add_flag("--send", send), Msg::help_remind_send);
template <typename... Args>
CLI::Option* help_from_catalogue(CLI::Option* option, catalog::Checked<Args...> msg, Args&&... args);
template <typename... Args>
CLI::App* help_from_catalogue(CLI::App* command, catalog::Checked<Args...> msg, Args&&... args);
void translate_help(CLI::App& root, i18n::Language language);

namespace detail {
using HelpText = std::function<std::string(i18n::Language)>;
void record_help(CLI::Option* option, HelpText text);
void record_help(CLI::App* command, HelpText text);

template <typename... Args>
HelpText help_text(catalog::Msg msg, Args&&... args) {
    std::vector<i18n::MsgArg> list{catalog::detail::to_arg(std::forward<Args>(args))...};
    return [msg, list = std::move(list)](i18n::Language language) { return i18n::runtime_format(language, msg, list); };
}
}  // namespace detail

template <typename... Args>
CLI::Option* help_from_catalogue(CLI::Option* option, catalog::Checked<Args...> msg, Args&&... args) {
    detail::record_help(option, detail::help_text(msg.msg(), std::forward<Args>(args)...));
    return option;
}

template <typename... Args>
CLI::App* help_from_catalogue(CLI::App* command, catalog::Checked<Args...> msg, Args&&... args) {
    detail::record_help(command, detail::help_text(msg.msg(), std::forward<Args>(args)...));
    return command;
}

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
