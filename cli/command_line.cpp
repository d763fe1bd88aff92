#include "command_line.hpp"

#include "filters.hpp"
#include "help_format.hpp"

#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace netadmin::cli {
namespace {

// Options whose empty value is judged where they are used, with their own
// message (the state database, the date taken as today).
constexpr std::string_view kCheckedElsewhere[] = {"--state", "--today"};

std::vector<std::pair<const CLI::Option*, std::vector<std::string>>>& choice_table() {
    static std::vector<std::pair<const CLI::Option*, std::vector<std::string>>> table;
    return table;
}

std::vector<std::pair<const CLI::Option*, Completion>>& completion_table() {
    static std::vector<std::pair<const CLI::Option*, Completion>> table;
    return table;
}

// The root, then each selected command down to the one that runs.
std::vector<const CLI::App*> selected_chain(const CLI::App& root) {
    std::vector<const CLI::App*> chain{&root};
    while (!chain.back()->get_subcommands().empty()) chain.push_back(chain.back()->get_subcommands().front());
    return chain;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const auto* sub : app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); })) {
        names.push_back(sub->get_name());
    }
    return names;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : ", ") + word;
    return out;
}

// "--region" or "ID": how an option or argument is named in messages, a
// positional argument as --help shows it ("SLAG" under sv).
std::string shown_name(const CLI::Option& option, i18n::Language language) {
    if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
    if (!option.get_snames().empty()) return "-" + option.get_snames().front();
    std::string upper = option.get_name();
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    return help_word(language, upper);
}

std::string global_options_footer(const CLI::App& root, const Context& context) {
    std::vector<std::pair<std::string, std::string>> rows;
    std::size_t width = 0;
    for (const auto* option : root.get_options()) {
        if (option->get_lnames().empty() || option->get_group().empty() || option->get_lnames().front() == "help" ||
            option->get_lnames().front() == "version") {
            continue;
        }
        auto name = shown_name(*option, context.language) + " " + help_word(context.language, option->get_type_name());
        width = std::max(width, util::display_width(name));
        rows.emplace_back(std::move(name), option->get_description());
    }
    std::string out = context.tr(i18n::Msg::help_global_options) + ":\n";
    for (const auto& [name, description] : rows) {
        out += "  " + name + std::string(width - util::display_width(name) + 2, ' ') + description + "\n";
    }
    return out;
}

void prepare(CLI::App& app, const std::string& footer) {
    app.allow_extras();
    for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        sub->footer(footer);
        prepare(*sub, footer);
    }
}

// A word the parser did not place: an unknown option, command or argument.
std::optional<int> leftover(const Context& context, const CLI::App& root) {
    const auto words = root.remaining(true);
    const auto chain = selected_chain(root);
    auto option = std::find_if(words.begin(), words.end(), [](const std::string& w) { return w.starts_with("-"); });
    if (option != words.end() && *option != "--") {
        const auto typed = option->substr(0, option->find('='));
        std::vector<std::string> names;
        for (const auto* app : chain) {
            for (const auto* known : app->get_options()) {
                for (const auto& name : known->get_lnames()) names.push_back("--" + name);
            }
        }
        const auto hint = util::closest_match(typed, std::span<const std::string>(names));
        return context.usage_error(
            with_suggestions(context, context.tr(i18n::Msg::err_unknown_option, typed),
                             hint ? std::vector<std::string>{*hint} : std::vector<std::string>{}));
    }
    const auto word = std::find_if(words.begin(), words.end(), [](const std::string& w) { return w != "--"; });
    if (word == words.end()) return std::nullopt;
    const auto* deepest = chain.back();
    const auto names = subcommand_names(*deepest);
    if (names.empty()) return context.usage_error(context.tr(i18n::Msg::err_unexpected_argument, *word));
    const auto hint = util::closest_match(*word, std::span<const std::string>(names));
    return context.usage_error(with_suggestions(context, context.tr(i18n::Msg::err_unknown_command, *word),
                                                hint ? std::vector<std::string>{*hint} : std::vector<std::string>{}));
}

// A group ("report", "export") or the root without its command.
std::optional<int> command_missing(const Context& context, const CLI::App& root) {
    const auto* deepest = selected_chain(root).back();
    const auto names = subcommand_names(*deepest);
    if (names.empty()) return std::nullopt;
    const auto path = command_path(root);
    return context.usage_error(
        context.tr(i18n::Msg::err_command_required, path.empty() ? "netadmin" : "netadmin " + path, joined(names)));
}

std::optional<int> empty_value(const Context& context, const CLI::App& root) {
    const char* registry = std::getenv("NETADMIN_REGISTRY");
    if (registry != nullptr && *registry == '\0' && root.get_option("--registry")->count() == 0) {
        return context.usage_error(context.tr(i18n::Msg::err_empty_env, "NETADMIN_REGISTRY"));
    }
    for (const auto* app : selected_chain(root)) {
        for (const auto* option : app->get_options()) {
            const auto name = shown_name(*option, context.language);
            const bool elsewhere = std::find(std::begin(kCheckedElsewhere), std::end(kCheckedElsewhere), name) !=
                                   std::end(kCheckedElsewhere);
            if (elsewhere || option->count() == 0 || option->get_expected_min() == 0) continue;
            const auto& results = option->results();
            if (std::any_of(results.begin(), results.end(), [](const std::string& r) { return r.empty(); })) {
                const bool positional = option->get_lnames().empty() && option->get_snames().empty();
                return context.usage_error(positional ? context.tr(i18n::Msg::err_empty_argument, name)
                                                      : context.tr(i18n::Msg::err_empty_value, name));
            }
        }
    }
    return std::nullopt;
}

std::optional<int> bad_choice(const Context& context, const CLI::App& root) {
    for (const auto* app : selected_chain(root)) {
        for (const auto* option : app->get_options()) {
            const auto* choices = choices_of(option);
            if (choices == nullptr || option->count() == 0) continue;
            for (const auto& value : option->results()) {
                if (std::find(choices->begin(), choices->end(), value) != choices->end()) continue;
                return context.usage_error(context.tr(i18n::Msg::err_bad_choice, shown_name(*option, context.language),
                                                      value, joined(*choices)));
            }
        }
    }
    return std::nullopt;
}

// The option CLI11 names at the start of its message ("--region: …").
const CLI::Option* option_named_in(const CLI::App& root, const std::string& message) {
    const auto name = message.substr(0, message.find(':'));
    for (const auto* app : selected_chain(root)) {
        for (const auto* option : app->get_options()) {
            if (option->check_name(name)) return option;
        }
    }
    return nullptr;
}

// The words after `prefix` in `message` up to `stop` ("" for the rest).
std::string between(const std::string& message, std::string_view prefix, std::string_view stop) {
    const auto start = message.find(prefix);
    if (start == std::string::npos) return {};
    const auto from = start + prefix.size();
    const auto end = stop.empty() ? std::string::npos : message.find(stop, from);
    return message.substr(from, end == std::string::npos ? std::string::npos : end - from);
}

// CLI11's own wording of a value it could not take, in the catalogue's:
// "Could not convert: --mailer-timeout = abc", "--jobs: Value 0 not in
// range [1 - 1024]", "--send: too many inputs for a flag", "--a excludes --b".
std::optional<std::string> describe_value_error(const Context& context, const CLI::App& root,
                                                const CLI::ParseError& error) {
    const std::string message = error.what();
    if (dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr) {
        const auto first = message.substr(0, message.find(' '));
        return context.tr(i18n::Msg::err_options_exclude, first, between(message, " excludes ", ""));
    }
    if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
        return context.tr(i18n::Msg::err_unexpected_argument, between(message, "expected: ", " "));
    }
    const bool conversion = dynamic_cast<const CLI::ConversionError*>(&error) != nullptr;
    if (!conversion && dynamic_cast<const CLI::ValidationError*>(&error) == nullptr) return std::nullopt;
    const auto* option = conversion && message.starts_with("Could not convert: ")
                             ? option_named_in(root, between(message, "Could not convert: ", " = "))
                             : option_named_in(root, message);
    if (option == nullptr) return std::nullopt;
    if (message.find("for a flag") != std::string::npos || message.find("true/false") != std::string::npos) {
        return context.tr(i18n::Msg::err_flag_takes_no_value, shown_name(*option, context.language));
    }
    const auto value = conversion && message.starts_with("Could not convert: ")
                           ? between(message, " = ", "")
                           : (option->results().empty() ? std::string() : option->results().back());
    const auto type = option->get_type_name();
    if (conversion && (type == "INT" || type == "UINT" || type == "N")) {
        return context.tr(i18n::Msg::err_option_not_integer, shown_name(*option, context.language), value);
    }
    return context.tr(i18n::Msg::err_option_bad_value, shown_name(*option, context.language), value);
}

std::string describe(const Context& context, const CLI::App& root, const CLI::ParseError& error) {
    const std::string message = error.what();
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
        for (const auto* app : selected_chain(root)) {
            for (const auto* option : app->get_options()) {
                if (option->get_required() && option->count() == 0) {
                    return context.tr(i18n::Msg::err_missing_argument, shown_name(*option, context.language));
                }
            }
        }
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
        if (const auto* option = option_named_in(root, message)) {
            const bool repeated = option->count() > static_cast<std::size_t>(std::max(1, option->get_expected_max()));
            if (repeated || message.find(" missing") == std::string::npos) {
                return context.tr(i18n::Msg::err_option_repeated, shown_name(*option, context.language));
            }
            return context.tr(i18n::Msg::err_option_needs_value, shown_name(*option, context.language));
        }
    }
    if (auto text = describe_value_error(context, root, error)) return *text;
    return context.tr(i18n::Msg::err_bad_command_line, message);
}

}  // namespace

void prepare_command_tree(CLI::App& root, const Context& context) {
    prepare(root, global_options_footer(root, context));
}

void set_choices(CLI::Option& option, std::vector<std::string> choices) {
    // Case does not matter ("CSV" is what people type); the value keeps the
    // choice's spelling. Anything else passes through to check_parsed, which
    // says what was expected in the catalogue's words.
    option.transform(CLI::Validator(
        [choices](std::string& value) {
            const auto lower = util::to_lower(value);
            for (const auto& choice : choices) {
                if (util::to_lower(choice) == lower) value = choice;
            }
            return std::string();
        },
        "", "choices"));
    choice_table().emplace_back(&option, std::move(choices));
}

namespace {

struct CatalogueHelp {
    std::vector<std::pair<CLI::Option*, detail::HelpText>> options;
    std::vector<std::pair<CLI::App*, detail::HelpText>> commands;
};

CatalogueHelp& catalogue_help() {
    static CatalogueHelp table;
    return table;
}

void translate_builtin_help(CLI::App& app, i18n::Language language) {
    if (auto* help = app.get_help_ptr()) help->description(std::string(i18n::text(language, i18n::Msg::help_help)));
    if (auto* version = app.get_version_ptr()) {
        version->description(std::string(i18n::text(language, i18n::Msg::help_version)));
    }
    for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) translate_builtin_help(*sub, language);
}

}  // namespace

namespace detail {

void record_help(CLI::Option* option, HelpText text) {
    option->description(text(i18n::Language::en));
    catalogue_help().options.emplace_back(option, std::move(text));
}

void record_help(CLI::App* command, HelpText text) {
    command->description(text(i18n::Language::en));
    catalogue_help().commands.emplace_back(command, std::move(text));
}

}  // namespace detail

void translate_help(CLI::App& root, i18n::Language language) {
    for (const auto& entry : catalogue_help().options) entry.first->description(entry.second(language));
    for (const auto& entry : catalogue_help().commands) entry.first->description(entry.second(language));
    translate_builtin_help(root, language);
    use_catalogue_formatter(root, language);
}

Completion Completion::ids(model::EntityKind kind) { return {Kind::ids, std::string(model::entity_kind_name(kind))}; }

Completion Completion::one_of(const std::vector<std::string>& words) {
    std::string joined_words;
    for (const auto& word : words) joined_words += (joined_words.empty() ? "" : " ") + word;
    return {Kind::words, joined_words};
}

CLI::Option* complete_with(CLI::Option* option, Completion completion) {
    completion_table().emplace_back(option, std::move(completion));
    return option;
}

const Completion* completion_of(const CLI::Option* option) {
    for (const auto& [known, completion] : completion_table()) {
        if (known == option) return &completion;
    }
    return nullptr;
}

const std::vector<std::string>* choices_of(const CLI::Option* option) {
    for (const auto& [known, choices] : choice_table()) {
        if (known == option) return &choices;
    }
    return nullptr;
}

std::optional<std::string> lang_in_argv(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) return argv[i + 1];
        if (std::strncmp(argv[i], "--lang=", 7) == 0) return argv[i] + 7;
    }
    return std::nullopt;
}

std::string command_path(const CLI::App& root) {
    std::string path;
    for (const auto* app : selected_chain(root)) {
        if (app != &root) path += (path.empty() ? "" : " ") + app->get_name();
    }
    return path;
}

int report_parse_error(Context& context, const CLI::App& root, const CLI::ParseError& error) {
    context.command_name = command_path(root);
    if (auto problem = leftover(context, root)) return *problem;
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
        if (auto problem = command_missing(context, root)) return *problem;
    }
    return context.usage_error(describe(context, root, error));
}

std::optional<int> check_parsed(const Context& context, const CLI::App& root) {
    if (auto problem = leftover(context, root)) return problem;
    if (auto problem = command_missing(context, root)) return problem;
    if (auto problem = empty_value(context, root)) return problem;
    return bad_choice(context, root);
}

}  // namespace netadmin::cli
