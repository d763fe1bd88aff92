// CLI11's --help in the run's language. CLI11 words its help itself
// ("Usage:", "Options:", "Subcommands:", "TEXT", "REQUIRED"); this formatter
// takes those words from the catalogue, and lines the columns up by what a
// terminal shows, not by bytes ("HEADER=COLUMN,…" is 15 columns, 17 bytes).
// English keeps CLI11's own words, so scripts that read the English help
// are unaffected.
#pragma once

#include "i18n/language.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace netadmin::cli {

class CatalogueFormatter final : public CLI::Formatter {
public:
    explicit CatalogueFormatter(i18n::Language language);

    std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override;
    std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override;
    std::string make_subcommand(const CLI::App* sub) const override;
    std::string make_option(const CLI::Option* opt, bool is_positional) const override;
    std::string make_option_name(const CLI::Option* opt, bool is_positional) const override;
    std::string make_option_opts(const CLI::Option* opt) const override;

private:
    // "Options" and "Subcommands", CLI11's default group names, translated.
    std::string heading(const std::string& group) const;
    // One row: the name padded to the column by its display width.
    std::string row(const std::string& name, const std::string& description) const;

    i18n::Language language_;
};

// A placeholder of --help in `language` ("FILE" is "FIL" in Swedish): an
// option's type name, or a positional argument's name in capitals; a word
// the catalogue does not know as it is.
std::string help_word(i18n::Language language, const std::string& word);

// Gives `root` and every command below it a formatter in `language`.
void use_catalogue_formatter(CLI::App& root, i18n::Language language);

}  // namespace netadmin::cli
