#include "help_format.hpp"

#include "i18n/catalog.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <utility>

namespace netadmin::cli {
namespace {

using i18n::Msg;

// CLI11's words, as its formatter asks for them with get_label(), and the
// catalogue's message for each. Type names are the ones CLI11 gives an
// option whose type_name netadmin does not set.
struct Label {
    const char* word;
    catalog::Checked<> text;
};
constexpr Label kLabels[] = {
    {"Usage", Msg::help_label_usage},
    {"OPTIONS", Msg::help_label_options_badge},
    {"SUBCOMMAND", Msg::help_label_command_badge},
    {"SUBCOMMANDS", Msg::help_label_commands_badge},
    {"Positionals", Msg::help_label_positionals},
    {"REQUIRED", Msg::help_label_required},
    {"TEXT", Msg::help_label_text},
    {"INT", Msg::help_label_int},
    {"UINT", Msg::help_label_int},
    {"FLOAT", Msg::help_label_number},
    {"Env", Msg::help_label_env},
    {"Needs", Msg::help_label_needs},
    {"Excludes", Msg::help_label_excludes},
};

// The placeholders netadmin gives its options (type_name) and the names of
// its positional arguments, in capitals: each word and what it is in the
// catalogue. A positional argument is shown by its name in capitals.
constexpr Label kWords[] = {
    {"ADDRESS", Msg::help_word_address},
    {"DATE", Msg::help_word_date},
    {"DIALECT", Msg::help_word_dialect},
    {"DIR", Msg::help_word_dir},
    {"EMAIL", Msg::help_word_email},
    {"FIELD", Msg::help_word_field},
    {"FIELDS", Msg::help_word_fields},
    {"FILE", Msg::help_word_file},
    {"FILES", Msg::help_word_files},
    {"FILE.db", Msg::help_word_file_db},
    {"HEADER=COLUMN,…", Msg::help_word_header_column},
    {"KIND", Msg::help_word_kind},
    {"LANG", Msg::help_word_lang},
    {"MEETING", Msg::help_word_meeting},
    {"NAME", Msg::help_word_name},
    {"NEW-ID", Msg::help_word_new_id},
    {"PROGRAMME", Msg::help_word_programme},
};

std::string upper(std::string text) {
    for (auto& c : text) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return text;
}

}  // namespace

CatalogueFormatter::CatalogueFormatter(i18n::Language language) : language_(language) {
    if (language_ == i18n::Language::en) return;  // CLI11's own words
    for (const auto& label : kLabels) this->label(label.word, std::string(i18n::text(language_, label.text)));
    for (const auto& word : kWords) this->label(word.word, std::string(i18n::text(language_, word.text)));
}

std::string CatalogueFormatter::make_option_name(const CLI::Option* opt, bool is_positional) const {
    if (!is_positional || language_ == i18n::Language::en) return Formatter::make_option_name(opt, is_positional);
    return help_word(language_, upper(opt->get_name(true, false)));
}

// CLI11's text, with the environment variable said in the catalogue's words.
std::string CatalogueFormatter::make_option_opts(const CLI::Option* opt) const {
    auto out = Formatter::make_option_opts(opt);
    if (language_ == i18n::Language::en || opt->get_envname().empty()) return out;
    const auto clis = " (" + get_label("Env") + ":" + opt->get_envname() + ")";
    const auto at = out.find(clis);
    if (at != std::string::npos) {
        out.replace(at, clis.size(), " " + i18n::format(language_, Msg::help_option_env, opt->get_envname()));
    }
    return out;
}

std::string CatalogueFormatter::heading(const std::string& group) const {
    if (language_ == i18n::Language::en) return group;
    if (group == "Options") return std::string(i18n::text(language_, Msg::help_heading_options));
    if (group == "Subcommands") return std::string(i18n::text(language_, Msg::help_heading_commands));
    return group;
}

std::string CatalogueFormatter::row(const std::string& name, const std::string& description) const {
    // As CLI::detail::format_help, with the padding counted in columns.
    std::string out = "  " + name;
    const auto width = util::display_width(out);
    if (!description.empty()) {
        if (width >= column_width_) {
            out += "\n" + std::string(column_width_, ' ');
        } else {
            out += std::string(column_width_ - width, ' ');
        }
        for (const char c : description) {
            out += c;
            if (c == '\n') out += std::string(column_width_, ' ');
        }
    }
    return out + "\n";
}

std::string CatalogueFormatter::make_group(std::string group, bool is_positional,
                                           std::vector<const CLI::Option*> opts) const {
    std::string out = "\n" + heading(group) + ":\n";
    for (const auto* opt : opts) out += make_option(opt, is_positional);
    return out;
}

std::string CatalogueFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
    return row(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
}

std::string CatalogueFormatter::make_subcommand(const CLI::App* sub) const {
    return row(sub->get_display_name(true), sub->get_description());
}

// CLI11's make_subcommands, with each group's heading translated.
std::string CatalogueFormatter::make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const {
    std::string out;
    std::vector<std::string> groups;
    for (const auto* sub : app->get_subcommands({})) {
        if (sub->get_name().empty()) {
            if (!sub->get_group().empty()) out += make_expanded(sub);
            continue;
        }
        const auto key = CLI::detail::to_lower(sub->get_group());
        const bool seen = std::any_of(groups.begin(), groups.end(),
                                      [&key](const std::string& group) { return CLI::detail::to_lower(group) == key; });
        if (!key.empty() && !seen) groups.push_back(sub->get_group());
    }
    for (const auto& group : groups) {
        out += "\n" + heading(group) + ":\n";
        const auto key = CLI::detail::to_lower(group);
        for (const auto* sub : app->get_subcommands(
                 [&key](const CLI::App* candidate) { return CLI::detail::to_lower(candidate->get_group()) == key; })) {
            if (sub->get_name().empty()) continue;
            out += mode == CLI::AppFormatMode::All ? sub->help(sub->get_name(), CLI::AppFormatMode::Sub) + "\n"
                                                   : make_subcommand(sub);
        }
    }
    return out;
}

std::string help_word(i18n::Language language, const std::string& word) {
    for (const auto& each : kWords) {
        if (word == each.word) return std::string(i18n::text(language, each.text));
    }
    return word;
}

void use_catalogue_formatter(CLI::App& root, i18n::Language language) {
    const auto formatter = std::make_shared<CatalogueFormatter>(language);
    root.formatter(formatter);
    for (auto* sub : root.get_subcommands([](CLI::App*) { return true; })) use_catalogue_formatter(*sub, language);
}

}  // namespace netadmin::cli
