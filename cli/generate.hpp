// The man page and the shell completions, generated from the same tree of
// commands, options and help texts that parses the command line, so they
// cannot drift from it. The build runs `netadmin --generate man|bash|zsh`
// and installs the results (cli/CMakeLists.txt).
#pragma once

#include "i18n/language.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::cli {

// "man": netadmin.1 (roff, man macros) in `language`; "bash", "zsh":
// completion scripts. nullopt for anything else.
std::optional<std::string> generate(const CLI::App& root, std::string_view what, i18n::Language language);

}  // namespace netadmin::cli
