// Plural forms in the catalogue's patterns. A counted noun names the
// number that chooses its form and gives its two forms, singular first:
//
//   "{0} {0|region|regioner}"      1 region, 0 regioner, 2 regioner
//   "{1} {1|reference remains|references remain}"
//
// "{N|ONE|OTHER}": N an argument of kind 'n' (a whole number), ONE the form
// for 1, OTHER the form for every other number: gettext's
// "nplurals=2; plural=(n != 1);", the rule of Swedish and English both. The
// forms are plain text: not empty, not the same, and without "{", "}" or
// "|". The selector is resolved before fmt sees the pattern, so fmt's own
// "{0:02}" is untouched.
//
// The build checks every selector of catalog/messages.def with check()
// (i18n/catalog.cpp); runtime_format resolves them with resolve().
#pragma once

#include "i18n/language.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace netadmin::i18n::plural {

// Which form a number takes in a language: 0 the singular, 1 the plural.
constexpr int form_of(Language language, std::int64_t n) {
    switch (language) {
        case Language::sv:
        case Language::en: return n != 1 ? 1 : 0;
    }
    return 1;
}

struct Selector {
    std::size_t argument = 0;
    std::string_view one;
    std::string_view other;
    std::size_t end = 0;  // one past its "}"
};

enum class Error {
    none,
    unclosed,       // "{0|a|b" without its "}"
    not_two_forms,  // "{0|a}", "{0|a|b|c}"
    empty_form,     // "{0||b}"
    same_forms,     // "{0|fel|fel}": no selector needed
    brace_in_form,  // "{0|a{1}|b}": forms are plain text
    not_a_count,    // the argument is not of kind 'n', or there is no such argument
};

// Where the next selector opens ("{", digits, "|") at or after `from`;
// npos for none. fmt's "{{" is a literal brace, never a selector.
constexpr std::size_t next_selector(std::string_view pattern, std::size_t from) {
    for (std::size_t at = from; at < pattern.size(); ++at) {
        if (pattern[at] != '{') continue;
        if (at + 1 < pattern.size() && pattern[at + 1] == '{') {
            ++at;
            continue;
        }
        std::size_t j = at + 1;
        while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') ++j;
        if (j > at + 1 && j < pattern.size() && pattern[j] == '|') return at;
    }
    return std::string_view::npos;
}

struct Parsed {
    Selector selector;
    Error error = Error::none;
};

// The selector that opens at pattern[at] (as next_selector found it).
constexpr Parsed parse_at(std::string_view pattern, std::size_t at) {
    Parsed parsed;
    std::size_t j = at + 1;
    while (pattern[j] != '|') parsed.selector.argument = parsed.selector.argument * 10 + (pattern[j++] - '0');
    std::string_view forms[3];
    std::size_t count = 0;
    std::size_t start = j + 1;
    for (std::size_t k = start; k < pattern.size(); ++k) {
        const char c = pattern[k];
        if (c == '{') return {.selector = {}, .error = Error::brace_in_form};
        if (c != '|' && c != '}') continue;
        if (count < 3) forms[count] = pattern.substr(start, k - start);
        ++count;
        start = k + 1;
        if (c != '}') continue;
        if (count != 2) return {.selector = {}, .error = Error::not_two_forms};
        if (forms[0].empty() || forms[1].empty()) return {.selector = {}, .error = Error::empty_form};
        if (forms[0] == forms[1]) return {.selector = {}, .error = Error::same_forms};
        parsed.selector.one = forms[0];
        parsed.selector.other = forms[1];
        parsed.selector.end = k + 1;
        return parsed;
    }
    return {.selector = {}, .error = Error::unclosed};
}

// The first fault of the pattern's selectors, given its kinds ("tn": one
// letter per argument); Error::none when every selector is sound.
constexpr Error check(std::string_view pattern, std::string_view kinds) {
    for (auto at = next_selector(pattern, 0); at != std::string_view::npos;) {
        const auto parsed = parse_at(pattern, at);
        if (parsed.error != Error::none) return parsed.error;
        const auto argument = parsed.selector.argument;
        if (argument >= kinds.size() || kinds[argument] != 'n') return Error::not_a_count;
        at = next_selector(pattern, parsed.selector.end);
    }
    return Error::none;
}

// Whether the pattern has a selector at all (the common case has none and
// goes to fmt as it is).
constexpr bool has_selector(std::string_view pattern) { return next_selector(pattern, 0) != std::string_view::npos; }

// Appends the pattern to `out` with each selector replaced by its form for
// the number count(argument) gives. count returns false when the argument
// is no number; resolve then stops and returns false (the caller shows the
// raw pattern, as for any other mismatch of a runtime key and its
// arguments). One pass; `out` needs append(const char*, const char*).
template <typename Out, typename Count>
constexpr bool resolve(Language language, std::string_view pattern, Count&& count, Out& out) {
    std::size_t copied = 0;
    for (auto at = next_selector(pattern, 0); at != std::string_view::npos; at = next_selector(pattern, copied)) {
        const auto parsed = parse_at(pattern, at);
        std::int64_t n = 0;
        if (parsed.error != Error::none || !count(parsed.selector.argument, n)) return false;
        out.append(pattern.data() + copied, pattern.data() + at);
        const auto form = form_of(language, n) == 0 ? parsed.selector.one : parsed.selector.other;
        out.append(form.data(), form.data() + form.size());
        copied = parsed.selector.end;
    }
    out.append(pattern.data() + copied, pattern.data() + pattern.size());
    return true;
}

}  // namespace netadmin::i18n::plural
