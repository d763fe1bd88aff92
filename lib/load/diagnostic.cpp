#include "load/diagnostic.hpp"

#include "util/visible.hpp"

#include <algorithm>
#include <tuple>

namespace netadmin::load {

Diagnostic& Diagnostics::add(Location where, catalog::Problem problem) {
    items_.emplace_back(std::move(problem), std::move(where));
    return items_.back();
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [](const auto& d) { return d.is_error(); }));
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::keep_only(catalog::Msg msg) {
    const auto other = [msg](const Diagnostic& d) { return d.msg() != msg; };
    if (std::all_of(items_.begin(), items_.end(), other)) return false;
    std::erase_if(items_, other);
    return true;
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        const auto& x = a.location();
        const auto& y = b.location();
        return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
    });
}

void add_suggestion(Diagnostic& diagnostic, const std::string& suggestion) {
    diagnostic.set_hint(i18n::Msg::did_you_mean, {suggestion});
}

std::string render_location(const Location& where) {
    if (where.line == 0) return where.file;
    return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

std::string render(const Diagnostic& diagnostic, i18n::Language language) {
    // "error" stays English in every language: editors and scripts match
    // "error:" the way they do for compilers, and it decides the exit code.
    // A warning, meant for the person who keeps the registry, is in their
    // language ("varning").
    // Values quoted in the message are made safe and short by
    // diagnostic_format; the file name is shown the same way.
    std::string line = util::visible_controls(render_location(diagnostic.location()));
    line += diagnostic.is_error() ? std::string(": error: ")
                                  : ": " + std::string(i18n::text(language, i18n::Msg::severity_warning)) + ": ";
    line += i18n::diagnostic_format(language, diagnostic.msg(), diagnostic.args());
    if (diagnostic.hint()) {
        line += "; ";
        line += i18n::diagnostic_format(language, *diagnostic.hint(), diagnostic.hint_args());
    }
    return line;
}

}  // namespace netadmin::load
