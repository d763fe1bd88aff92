#include "generate.hpp"

#include "command_line.hpp"
#include "i18n/catalog.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace netadmin::cli {
namespace {

using i18n::Msg;

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
    // The value's word ("TEXT") as the help of the run's language says it.
    if (option.get_expected_min() > 0) doc.value = app.get_formatter()->get_label(option.get_type_name());
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

// Text for roff: backslashes and hyphens escaped, letters beyond ASCII as
// groff's Unicode escapes (so the page needs no input encoding), no line
// starting with a control character.
std::string roff(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            out += fmt::format("\\[u{:04X}]", static_cast<std::uint32_t>(util::decode_utf8(text, i)));
            continue;
        }
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else if (c == '\'') {
            out += "\\(aq";
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    if (!out.empty() && out[0] == '.') out.insert(0, "\\&");
    return out;
}

std::string man_option(const OptionDoc& option) {
    std::string out = ".TP\n";
    for (std::size_t i = 0; i < option.names.size(); ++i)
        out += (i ? ", " : "") + ("\\fB" + roff(option.names[i]) + "\\fR");
    if (!option.value.empty()) out += " \\fI" + roff(option.value) + "\\fR";
    return out + "\n" + roff(option.description) + "\n";
}

// The page in the run's language: texts from the catalogue, commands,
// options and their help from the tree (translated by translate_help).
class ManPage {
public:
    explicit ManPage(i18n::Language language) : language_(language) {}

    std::string say(Msg msg) const { return roff(i18n::runtime_text(language_, msg)); }
    void heading(Msg msg) { out_ += ".SH " + say(msg) + "\n"; }
    void item(std::string_view tag, Msg text) { out_ += ".TP\n" + std::string(tag) + "\n" + say(text) + "\n"; }
    void add(std::string_view text) { out_ += text; }
    std::string take() { return std::move(out_); }

private:
    i18n::Language language_;
    std::string out_;
};

// Each command once: a group ("state", "report") is the heading of its
// subcommands, which the page lists one by one.
void man_commands(ManPage& page, const std::vector<CommandDoc>& commands) {
    const auto options_word = page.say(Msg::man_word_options);
    for (std::size_t i = 1; i < commands.size(); ++i) {
        const auto& command = commands[i];
        if (!command.subcommands.empty() && command.positionals.empty() && command.options.empty()) continue;
        std::string synopsis = "netadmin " + roff(command.path);
        for (const auto& positional : command.positionals) {
            synopsis += ' ';
            synopsis += roff(positional);
        }
        if (!command.options.empty()) synopsis += fmt::format(" [{}]", options_word);
        page.add(".SS \"" + synopsis + "\"\n" + roff(command.description) + "\n");
        for (const auto& option : command.options) page.add(man_option(option));
    }
}

void man_environment(ManPage& page) {
    page.heading(Msg::man_h_environment);
    page.item(".B NETADMIN_REGISTRY", Msg::man_env_registry);
    page.item(".B NETADMIN_STATE", Msg::man_env_state);
    page.item(".B NETADMIN_JOBS", Msg::man_env_jobs);
    page.item(".B NETADMIN_CACHE", Msg::man_env_cache);
    page.item(".B NETADMIN_DATA_DIR", Msg::man_env_data_dir);
    page.item(".B NETADMIN_NOW", Msg::man_env_now);
    page.item(".B XDG_STATE_HOME", Msg::man_env_xdg_state);
    page.item(".B XDG_CACHE_HOME", Msg::man_env_xdg_cache);
    page.item(".BR LC_ALL \", \" LC_MESSAGES \", \" LANG", Msg::man_env_lang);
    page.item(".B NO_COLOR", Msg::man_env_no_color);
}

// Commands a coordinator starts with; each is a real command line.
struct Example {
    Msg text;
    std::string_view command;
};
constexpr std::array kExamples{
    Example{Msg::man_example_init, "netadmin init gavleborg --region Gävleborg"},
    Example{Msg::man_example_import, "netadmin import centres familjecentraler.csv --region gavleborg --dry-run"},
    Example{Msg::man_example_set, "netadmin set natverkstraff-maj reminders.meeting_days=14,7,1"},
    Example{Msg::man_example_check, "netadmin check"},
    Example{Msg::man_example_list, "netadmin list-centres --region norrbotten --format csv --csv-dialect excel-sv"},
    Example{Msg::man_example_fields, "netadmin fields centre"},
    Example{Msg::man_example_remind, "netadmin remind"},
    Example{Msg::man_example_site, "netadmin report site --output webbplats/"},
};

void man_examples(ManPage& page) {
    page.heading(Msg::man_h_examples);
    for (const auto& example : kExamples) {
        page.add(".PP\n" + page.say(example.text) + "\n.PP\n.RS\n.B " + roff(example.command) + "\n.RE\n");
    }
}

std::string man_page(const CLI::App& root, i18n::Language language) {
    const auto commands = commands_of(root);
    ManPage page(language);
    page.add(".TH NETADMIN 1 \"\" \"netadmin " NETADMIN_VERSION "\" \"" + page.say(Msg::man_section_title) + "\"\n");
    page.heading(Msg::man_h_name);
    page.add("netadmin \\- " + page.say(Msg::man_name) + "\n");
    page.heading(Msg::man_h_synopsis);
    page.add(".B netadmin\n[\\fI" + page.say(Msg::man_h_global_options) + "\\fR] \\fI" +
             page.say(Msg::man_word_command) + "\\fR [\\fI" + page.say(Msg::man_word_options) + "\\fR]\n");
    page.heading(Msg::man_h_description);
    page.add(page.say(Msg::man_description) + "\n");
    page.heading(Msg::man_h_global_options);
    for (const auto& option : commands.front().options) page.add(man_option(option));
    page.heading(Msg::man_h_commands);
    man_commands(page, commands);
    page.heading(Msg::man_h_exit_status);
    page.item("0", Msg::man_exit_0);
    page.item("1", Msg::man_exit_1);
    page.item("2", Msg::man_exit_2);
    page.item("3", Msg::man_exit_3);
    man_environment(page);
    page.heading(Msg::man_h_files);
    page.item(".I /usr/share/netadmin", Msg::man_files_data);
    man_examples(page);
    page.heading(Msg::man_h_see_also);
    page.add(".BR crontab (5),\n.BR git (1)\n");
    return page.take();
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

std::optional<std::string> generate(const CLI::App& root, std::string_view what, i18n::Language language) {
    if (what == "man") return man_page(root, language);
    if (what == "bash") return bash_completion(root);
    if (what == "zsh") return zsh_completion(root);
    return std::nullopt;
}

}  // namespace netadmin::cli
