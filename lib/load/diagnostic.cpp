#include "load/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace netadmin::load {

Diagnostic& Diagnostics::add(Severity severity, Location where, const catalog::Problem& problem) {
    items_.push_back(Diagnostic{severity, std::move(where), problem.msg(), problem.args(), std::nullopt, {}});
    return items_.back();
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [](const auto& d) { return d.severity == Severity::error; }));
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
}

void add_suggestion(Diagnostic& diagnostic, const std::string& suggestion) {
    diagnostic.hint = i18n::Msg::did_you_mean;
    diagnostic.hint_args = {suggestion};
}

std::string render_location(const Location& where) {
    if (where.line == 0) return where.file;
    return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

namespace {

// Values quoted in a message come from the registry and may hold control
// characters ("\n" in a TOML string). Shown raw, a newline would forge a
// second diagnostic line and an escape sequence would drive the terminal,
// so they are shown as escapes: one diagnostic, one line.
bool is_control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

std::string visible_controls(std::string text) {
    if (std::none_of(text.begin(), text.end(), is_control)) return text;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (is_control(c)) {
            out += "\\x";
            out += kHex[byte >> 4U];
            out += kHex[byte & 0xfU];
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::string render(const Diagnostic& diagnostic, i18n::Language language) {
    // "error" stays English in every language: editors and scripts match
    // "error:" the way they do for compilers, and it decides the exit code.
    // A warning, meant for the person who keeps the registry, is in their
    // language ("varning").
    std::string line = render_location(diagnostic.where);
    line += diagnostic.severity == Severity::error
                ? std::string(": error: ")
                : ": " + std::string(i18n::text(language, i18n::Msg::severity_warning)) + ": ";
    line += i18n::runtime_format(language, diagnostic.message, diagnostic.args);
    if (diagnostic.hint) {
        line += "; ";
        line += i18n::runtime_format(language, *diagnostic.hint, diagnostic.hint_args);
    }
    return visible_controls(std::move(line));
}

}  // namespace netadmin::load
