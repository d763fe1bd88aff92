#include "command_line.hpp"

#include "filters.hpp"

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

// "--region" or "ID": how an option or argument is named in messages.
std::string shown_name(const CLI::Option& option) {
    if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
    if (!option.get_snames().empty()) return "-" + option.get_snames().front();
    std::string upper = option.get_name();
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    return upper;
}

std::string global_options_footer(const CLI::App& root, const Context& context) {
    std::vector<std::pair<std::string, std::string>> rows;
    std::size_t width = 0;
    for (const auto* option : root.get_options()) {
        if (option->get_lnames().empty() || option->get_group().empty() || option->get_lnames().front() == "help" ||
            option->get_lnames().front() == "version") {
            continue;
        }
        auto name = shown_name(*option) + " " + option->get_type_name();
        width = std::max(width, name.size());
        rows.emplace_back(std::move(name), option->get_description());
    }
    std::string out = context.tr(i18n::Msg::help_global_options) + ":\n";
    for (const auto& [name, description] : rows) {
        out += "  " + name + std::string(width - name.size() + 2, ' ') + description + "\n";
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
            const auto name = shown_name(*option);
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
                return context.usage_error(
                    context.tr(i18n::Msg::err_bad_choice, shown_name(*option), value, joined(*choices)));
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

std::string describe(const Context& context, const CLI::App& root, const CLI::ParseError& error) {
    const std::string message = error.what();
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
        for (const auto* app : selected_chain(root)) {
            for (const auto* option : app->get_options()) {
                if (option->get_required() && option->count() == 0) {
                    return context.tr(i18n::Msg::err_missing_argument, shown_name(*option));
                }
            }
        }
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
        if (const auto* option = option_named_in(root, message)) {
            const bool repeated = option->count() > static_cast<std::size_t>(std::max(1, option->get_expected_max()));
            if (repeated || message.find(" missing") == std::string::npos) {
                return context.tr(i18n::Msg::err_option_repeated, shown_name(*option));
            }
            return context.tr(i18n::Msg::err_option_needs_value, shown_name(*option));
        }
    }
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
