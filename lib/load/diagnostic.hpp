// Problems found while loading, as data: where (file, line, column), how bad,
// what (a message key and its arguments, rendered later in the user's
// language), and an optional hint. The loader collects them all and carries
// on; commands decide what to print and which exit code to use.
#pragma once

#include "i18n/catalog.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::load {

enum class Severity { error, warning };

struct Location {
    std::string file;
    std::uint32_t line = 0;  // 0: the whole file
    std::uint32_t column = 0;
};

struct Diagnostic {
    Severity severity = Severity::error;
    Location where;
    i18n::Msg message = i18n::Msg::severity_error;
    std::vector<i18n::MsgArg> args;
    std::optional<i18n::Msg> hint;
    std::vector<i18n::MsgArg> hint_args;
};

class Diagnostics {
public:
    Diagnostic& error(Location where, i18n::Msg message, std::vector<i18n::MsgArg> args = {});
    Diagnostic& warning(Location where, i18n::Msg message, std::vector<i18n::MsgArg> args = {});

    const std::vector<Diagnostic>& items() const { return items_; }
    std::size_t error_count() const;
    bool has_errors() const { return error_count() > 0; }
    void append(const Diagnostics& other);
    // Sorts by file, line, column (stable), so output does not depend on the
    // order in which checks ran.
    void sort();

private:
    std::vector<Diagnostic> items_;
};

// "did you mean 'X'?" on the diagnostic.
void add_suggestion(Diagnostic& diagnostic, const std::string& suggestion);

// "file:line:col: error: message; hint" in the given language.
std::string render(const Diagnostic& diagnostic, i18n::Language language);
// "file:line:col" (or "file" when the line is unknown).
std::string render_location(const Location& where);

}  // namespace netadmin::load
