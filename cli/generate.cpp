#include "generate.hpp"

#include "command_line.hpp"

#include <optional>
#include <vector>

namespace netadmin::cli {
namespace {

struct OptionDoc {
    std::vector<std::string> names;  // "-o", "--output"
    std::string value;               // "FILE"; empty for a flag
    std::string description;
    std::vector<std::string> choices;
    std::optional<Completion> completion;  // what completes the value (complete_with)
    bool alone = false;                    // --version: never beside a command
};

struct CommandDoc {
    std::string path;  // "report region"; empty for netadmin itself
    std::string description;
    std::vector<OptionDoc> options;
    std::vector<std::string> positionals;  // "ID"
    std::vector<std::string> subcommands;
    std::optional<Completion> argument;  // what completes the arguments: the first that says
};

OptionDoc option_doc(const CLI::App& app, const CLI::Option& option) {
    OptionDoc doc;
    for (const auto& name : option.get_snames()) doc.names.push_back("-" + name);
    for (const auto& name : option.get_lnames()) doc.names.push_back("--" + name);
    if (option.get_expected_min() > 0) doc.value = option.get_type_name();
    doc.description = option.get_description();
    if (const auto* choices = choices_of(&option)) doc.choices = *choices;
    if (const auto* completion = completion_of(&option)) doc.completion = *completion;
    doc.alone = &option == app.get_version_ptr();
    return doc;
}

void walk(const CLI::App& app, const std::string& path, std::vector<CommandDoc>& out) {
    CommandDoc doc{path, app.get_description(), {}, {}, {}, {}};
    for (const auto* option : app.get_options()) {
        if (option->get_lnames().empty() && option->get_snames().empty()) {
            std::string name = option->get_name();
            for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            doc.positionals.push_back(name);
            const auto* completion = completion_of(option);
            if (completion != nullptr && !doc.argument) doc.argument = *completion;
        } else if (option != app.get_help_ptr()) {
            if (!option->get_group().empty()) doc.options.push_back(option_doc(app, *option));
        }
    }
    const auto subs = app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); });
    for (const auto* sub : subs) doc.subcommands.push_back(sub->get_name());
    out.push_back(doc);
    for (const auto* sub : subs) walk(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
}

std::vector<CommandDoc> commands_of(const CLI::App& root) {
    std::vector<CommandDoc> out;
    walk(root, "", out);
    return out;
}

std::string join(const std::vector<std::string>& words, std::string_view separator) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : std::string(separator)) + word;
    return out;
}

// --- man page ---------------------------------------------------------------

// Text for roff: backslashes and hyphens escaped, no line starting with a
// control character.
std::string roff(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else {
            out += c;
        }
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

std::string man_option(const OptionDoc& option) {
    std::string out = ".TP\n";
    for (std::size_t i = 0; i < option.names.size(); ++i)
        out += (i ? ", " : "") + ("\\fB" + roff(option.names[i]) + "\\fR");
    if (!option.value.empty()) out += " \\fI" + roff(option.value) + "\\fR";
    return out + "\n" + roff(option.description) + "\n";
}

std::string man_page(const CLI::App& root) {
    const auto commands = commands_of(root);
    std::string out = ".TH NETADMIN 1 \"\" \"netadmin " NETADMIN_VERSION "\" \"User Commands\"\n";
    out += ".SH NAME\nnetadmin \\- the registry of Sweden\\(aqs family\\-centre networks\n";
    out += ".SH SYNOPSIS\n.B netadmin\n[\\fIGLOBAL OPTIONS\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n";
    out +=
        ".SH DESCRIPTION\nnetadmin reads a plain\\-text TOML registry of regions, municipalities, family centres,\n"
        "contacts, networks, programmes and meetings; answers questions about it; writes reports for\n"
        "people and scripts; and sends meeting and deadline reminders from cron, exactly once.\n"
        "Global options may stand before or after the command.\n";
    out += ".SH GLOBAL OPTIONS\n";
    for (const auto& option : commands.front().options) out += man_option(option);
    out += ".SH COMMANDS\n";
    for (std::size_t i = 1; i < commands.size(); ++i) {
        const auto& command = commands[i];
        std::string synopsis = "netadmin " + command.path;
        for (const auto& positional : command.positionals) synopsis += " " + positional;
        if (!command.options.empty()) synopsis += " [OPTIONS]";
        if (!command.subcommands.empty()) synopsis += " " + join(command.subcommands, "|");
        out += ".SS \"" + roff(synopsis) + "\"\n" + roff(command.description) + "\n";
        for (const auto& option : command.options) out += man_option(option);
    }
    out +=
        ".SH EXIT STATUS\n.TP\n0\nsuccess (for \\fBcheck\\fR: no errors)\n"
        ".TP\n1\na problem with the data: registry errors, a damaged state database, a failed delivery,\n"
        "a file that cannot be written\n"
        ".TP\n2\na wrong command line: an unknown command or option, a bad or empty value, an id or name\n"
        "the registry does not have\n.TP\n3\nan internal error (a bug)\n";
    out +=
        ".SH ENVIRONMENT\n.TP\n.B NETADMIN_REGISTRY\nthe registry directory, as \\fB\\-\\-registry\\fR\n"
        ".TP\n.B NETADMIN_STATE\nthe state database, as \\fB\\-\\-state\\fR\n"
        ".TP\n.B NETADMIN_JOBS\nthreads that parse the registry, as \\fB\\-\\-jobs\\fR\n"
        ".TP\n.B NETADMIN_CACHE\n\\fBoff\\fR: no registry snapshots, as \\fB\\-\\-no\\-cache\\fR\n"
        ".TP\n.B XDG_CACHE_HOME\nthe registry snapshots are kept in its netadmin folder (default: ~/.cache/netadmin)\n"
        ".TP\n.B NETADMIN_DATA_DIR\nwhere the bundled data lives (default: share/netadmin beside the binary)\n"
        ".TP\n.BR LC_ALL \", \" LC_MESSAGES \", \" LANG\nthe language for people when \\fB\\-\\-lang\\fR is not "
        "given\n.TP\n.B NO_COLOR\nno bold headers on a terminal\n";
    out += ".SH FILES\n.TP\n.I /usr/share/netadmin\nthe bundled registry and reference data\n";
    out += ".SH SEE ALSO\n.BR crontab (5)\n";
    return out;
}

// --- completion -------------------------------------------------------------

// What completes the value of an option, as its definition declares it
// (complete_with): "ids KIND" or "ids" (every kind), "dir", "file", or
// "words W1 W2 …"; empty: nothing to offer.
std::string value_source(const std::optional<Completion>& completion) {
    if (!completion) return "";
    switch (completion->kind) {
        case Completion::Kind::ids: return completion->words.empty() ? "ids" : "ids " + completion->words;
        case Completion::Kind::registry:
        case Completion::Kind::directory: return "dir";
        case Completion::Kind::file: return "file";
        case Completion::Kind::words: return "words " + completion->words;
    }
    return "";
}

// The kind of id that completes a command's arguments ("" for every kind);
// "-": the arguments complete to nothing.
std::string argument_source(const CommandDoc& command) {
    if (!command.argument || command.argument->kind != Completion::Kind::ids) return "-";
    return command.argument->words;
}

// The global option that names the registry (Completion::registry): the
// completions pass it on to the command that lists the ids; empty if none.
std::string registry_option(const CommandDoc& root) {
    for (const auto& option : root.options) {
        if (option.completion && option.completion->kind == Completion::Kind::registry) return option.names.back();
    }
    return "";
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

struct ShellParts {
    std::string paths;                                           // 'check'|'list-regions'|…
    std::string value_options;                                   // every option that takes a value
    std::vector<std::pair<std::string, std::string>> choices;    // "path --format" -> words
    std::vector<std::pair<std::string, std::string>> words;      // path -> commands or options
    std::vector<std::pair<std::string, std::string>> sources;    // option -> value source
    std::vector<std::pair<std::string, std::string>> arguments;  // path -> ids kind
    std::string registry;                                        // "--registry"
};

ShellParts shell_parts(const CLI::App& root) {
    const auto commands = commands_of(root);
    ShellParts parts;
    std::vector<std::string> paths;
    std::vector<std::string> value_options;
    std::vector<std::string> global;
    for (const auto& option : commands.front().options) {
        if (option.alone) continue;  // netadmin --version alone
        for (const auto& name : option.names) global.push_back(name);
    }
    parts.registry = registry_option(commands.front());
    for (const auto& command : commands) {
        if (!command.path.empty()) paths.push_back(quoted(command.path));
        std::vector<std::string> options = command.path.empty() ? std::vector<std::string>{} : global;
        for (const auto& option : command.options) {
            for (const auto& name : option.names) {
                options.push_back(name);
                if (!option.value.empty() &&
                    std::find(value_options.begin(), value_options.end(), name) == value_options.end()) {
                    value_options.push_back(name);
                    if (const auto source = value_source(option.completion); !source.empty())
                        parts.sources.emplace_back(name, source);
                }
            }
            if (!option.choices.empty()) {
                parts.choices.emplace_back(command.path + " " + option.names.back(), join(option.choices, " "));
            }
        }
        const auto subs = join(command.subcommands, " ");
        parts.words.emplace_back(command.path,
                                 subs + (subs.empty() || options.empty() ? "" : " ") + join(options, " "));
        if (const auto kind = argument_source(command); kind != "-") parts.arguments.emplace_back(command.path, kind);
    }
    parts.paths = join(paths, "|");
    parts.value_options = join(value_options, "|");
    return parts;
}

std::string bash_values(const std::string& source) {
    if (source.starts_with("ids")) return "values=\"$(_netadmin_ids" + source.substr(3) + ")\"";
    if (source == "dir") return "COMPREPLY=($(compgen -d -- \"$cur\")); return";
    if (source == "file") return "COMPREPLY=($(compgen -f -- \"$cur\")); return";
    return "values=\"" + source.substr(6) + "\"";
}

std::string bash_completion(const CLI::App& root) {
    const auto parts = shell_parts(root);
    const auto& registry = parts.registry;
    std::string out =
        "# bash completion for netadmin, generated from its command table by\n"
        "# 'netadmin --generate bash': do not edit.\n"
        "_netadmin_ids() {\n"
        "    \"${COMP_WORDS[0]}\" " +
        (registry.empty() ? "" : "${_netadmin_registry:+" + registry + " \"$_netadmin_registry\"} ") +
        "complete-ids ${1:-} "
        "2>/dev/null\n"
        "}\n\n"
        "_netadmin() {\n"
        "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD - 1]}\"\n"
        "    local cmdpath=\"\" word values=\"\" i _netadmin_registry=\"\"\n"
        "    COMPREPLY=()\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        word=\"${COMP_WORDS[i]}\"\n" +
        (registry.empty()
             ? ""
             : "        [[ $word == " + registry + " ]] && _netadmin_registry=\"${COMP_WORDS[i + 1]}\"\n") +
        "        case \"${cmdpath:+$cmdpath }$word\" in\n"
        "            " +
        parts.paths +
        ") cmdpath=\"${cmdpath:+$cmdpath }$word\" ;;\n"
        "        esac\n"
        "    done\n"
        "    case \"$cmdpath $prev\" in\n";
    for (const auto& [key, words] : parts.choices) out += "        " + quoted(key) + ") values=\"" + words + "\" ;;\n";
    out += "    esac\n    if [[ -z $values ]]; then\n        case \"$prev\" in\n";
    for (const auto& [name, source] : parts.sources)
        out += "            " + name + ") " + bash_values(source) + " ;;\n";
    out += "            " + parts.value_options + ") return ;;\n        esac\n    fi\n";
    out += "    if [[ -z $values && $cur != -* ]]; then\n        case \"$cmdpath\" in\n";
    for (const auto& [path, kind] : parts.arguments) {
        out += "            " + quoted(path) + ") values=\"$(_netadmin_ids" + (kind.empty() ? "" : " " + kind) +
               ")\" ;;\n";
    }
    for (const auto& [path, words] : parts.words) {
        if (path.empty() || words.find('-') != 0) {
            const auto commands = words.substr(0, words.find(" -"));
            if (!commands.empty() && commands[0] != '-')
                out += "            " + quoted(path) + ") values=\"" + commands + "\" ;;\n";
        }
    }
    out += "        esac\n    fi\n    if [[ -z $values ]]; then\n        case \"$cmdpath\" in\n";
    for (const auto& [path, words] : parts.words)
        out += "            " + quoted(path) + ") values=\"" + words + "\" ;;\n";
    out +=
        "        esac\n    fi\n    COMPREPLY=($(compgen -W \"$values\" -- \"$cur\"))\n}\n\ncomplete -F _netadmin "
        "netadmin\n";
    return out;
}

std::string zsh_values(const std::string& source) {
    if (source.starts_with("ids")) return "values=(${(f)\"$(_netadmin_ids" + source.substr(3) + ")\"})";
    if (source == "dir") return "_files -/; return";
    if (source == "file") return "_files; return";
    return "values=(" + source.substr(6) + ")";
}

std::string zsh_completion(const CLI::App& root) {
    const auto parts = shell_parts(root);
    const auto& registry = parts.registry;
    std::string out =
        "#compdef netadmin\n"
        "# zsh completion for netadmin, generated from its command table by\n"
        "# 'netadmin --generate zsh': do not edit.\n"
        "_netadmin_ids() {\n"
        "    ${words[1]} " +
        (registry.empty() ? "" : "${registry:+" + registry + " $registry} ") +
        "complete-ids $1 2>/dev/null\n"
        "}\n\n"
        "_netadmin() {\n"
        "    local cmdpath=\"\" word registry=\"\" i\n"
        "    local prev=${words[CURRENT - 1]} cur=${words[CURRENT]}\n"
        "    local -a values\n"
        "    for ((i = 2; i < CURRENT; i++)); do\n"
        "        word=${words[i]}\n" +
        (registry.empty() ? "" : "        [[ $word == " + registry + " ]] && registry=${words[i + 1]}\n") +
        "        case \"${cmdpath:+$cmdpath }$word\" in\n"
        "            (" +
        parts.paths +
        ") cmdpath=\"${cmdpath:+$cmdpath }$word\" ;;\n"
        "        esac\n"
        "    done\n"
        "    case \"$cmdpath $prev\" in\n";
    for (const auto& [key, words] : parts.choices) out += "        (" + quoted(key) + ") values=(" + words + ") ;;\n";
    out += "    esac\n    if (( ${#values} == 0 )); then\n        case $prev in\n";
    for (const auto& [name, source] : parts.sources)
        out += "            (" + name + ") " + zsh_values(source) + " ;;\n";
    out += "            (" + parts.value_options + ") return ;;\n        esac\n    fi\n";
    out += "    if (( ${#values} == 0 )) && [[ $cur != -* ]]; then\n        case $cmdpath in\n";
    for (const auto& [path, kind] : parts.arguments) {
        out += "            (" + quoted(path) + ") values=(${(f)\"$(_netadmin_ids" + (kind.empty() ? "" : " " + kind) +
               ")\"}) ;;\n";
    }
    for (const auto& [path, words] : parts.words) {
        const auto commands = words.substr(0, words.find(" -"));
        if (!commands.empty() && commands[0] != '-')
            out += "            (" + quoted(path) + ") values=(" + commands + ") ;;\n";
    }
    out += "        esac\n    fi\n    if (( ${#values} == 0 )); then\n        case $cmdpath in\n";
    for (const auto& [path, words] : parts.words)
        out += "            (" + quoted(path) + ") values=(" + words + ") ;;\n";
    out += "        esac\n    fi\n    compadd -a values\n}\n\n_netadmin \"$@\"\n";
    return out;
}

}  // namespace

std::optional<std::string> generate(const CLI::App& root, std::string_view what) {
    if (what == "man") return man_page(root);
    if (what == "bash") return bash_completion(root);
    if (what == "zsh") return zsh_completion(root);
    return std::nullopt;
}

}  // namespace netadmin::cli
