// Problems found while loading, as data: where (file, line, column), how bad,
// what (a message key and its arguments, rendered later in the user's
// language), and an optional hint. The loader collects them all and carries
// on; commands decide what to print and which exit code to use.
#pragma once

#include "i18n/catalog.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace netadmin::load {

using catalog::Location;
using catalog::Severity;

// A problem with its place: what the loader and `check` report. The
// message, severity and hint are the Problem's own (one error type); the
// place is always set.
class Diagnostic : public catalog::Problem {
public:
    Diagnostic(catalog::Problem problem, Location where) : Problem(std::move(problem).at(std::move(where))) {}
    const Location& location() const { return *where(); }
};

class Diagnostics {
public:
    // The message's arguments are checked when compiling (catalog/checked.hpp).
    template <typename... Args>
    Diagnostic& error(Location where, catalog::Checked<Args...> message, Args&&... args) {
        return add(std::move(where), catalog::Problem(message, std::forward<Args>(args)...));
    }
    template <typename... Args>
    Diagnostic& warning(Location where, catalog::Checked<Args...> message, Args&&... args) {
        return add(std::move(where), catalog::Problem(message, std::forward<Args>(args)...).as_warning());
    }
    // A problem found elsewhere (the place in `where` wins over the problem's).
    Diagnostic& add(Location where, catalog::Problem problem);
    // A diagnostic made before, as it was (a snapshot's, snapshot/codec.hpp).
    void push(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

    const std::vector<Diagnostic>& items() const { return items_; }
    std::size_t error_count() const;
    bool has_errors() const { return error_count() > 0; }
    void append(const Diagnostics& other);
    // When some diagnostic has the key `msg`: drops every other one, true.
    bool keep_only(catalog::Msg msg);
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
