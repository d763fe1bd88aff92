// Hidden characters shown, removed or found (see visible.hpp).
#include "util/visible.hpp"

#include <fmt/format.h>

namespace netadmin::util {
namespace {

unsigned char byte(std::string_view text, std::size_t i) { return static_cast<unsigned char>(text[i]); }

bool is_continuation(std::string_view text, std::size_t i) {
    return i < text.size() && (byte(text, i) & 0xC0U) == 0x80U;
}

}  // namespace

bool is_hidden(char32_t code) {
    return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x061C || code == 0x200E || code == 0x200F ||
           (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

std::optional<Hidden> hidden_at(std::string_view text, std::size_t i) {
    const auto first = byte(text, i);
    if (first < 0x20 || first == 0x7F) return Hidden{1, first};
    // Only three lead bytes start a hidden character of more than one byte:
    // C2 (C1 controls), D8 (U+061C) and E2 (U+200E..U+2069).
    if (first == 0xC2 || first == 0xD8) {
        if (!is_continuation(text, i + 1)) return std::nullopt;
        const auto code = static_cast<char32_t>(((first & 0x1FU) << 6U) | (byte(text, i + 1) & 0x3FU));
        return is_hidden(code) ? std::optional<Hidden>(Hidden{2, code}) : std::nullopt;
    }
    if (first == 0xE2) {
        if (!is_continuation(text, i + 1) || !is_continuation(text, i + 2)) return std::nullopt;
        const auto code = static_cast<char32_t>(((first & 0x0FU) << 12U) | ((byte(text, i + 1) & 0x3FU) << 6U) |
                                                (byte(text, i + 2) & 0x3FU));
        return is_hidden(code) ? std::optional<Hidden>(Hidden{3, code}) : std::nullopt;
    }
    return std::nullopt;
}

std::string escape_of(char32_t code) {
    switch (code) {
        case '\n': return "\\n";
        case '\r': return "\\r";
        case '\t': return "\\t";
        default:
            if (code < 0x80) return fmt::format("\\x{:02x}", static_cast<unsigned>(code));
            return fmt::format("\\u{:04x}", static_cast<unsigned>(code));
    }
}

std::string visible_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (const auto hidden = hidden_at(text, i)) {
            out += escape_of(hidden->code);
            i += hidden->length - 1;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string visible_excerpt(std::string_view text, std::size_t max_chars) {
    std::size_t end = 0;
    std::size_t count = 0;
    while (end < text.size() && count < max_chars) {
        ++end;  // a lead byte, then its continuation bytes
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) ++end;
        ++count;
    }
    if (end >= text.size()) return visible_controls(text);
    return visible_controls(text.substr(0, end)) + "\u2026";
}

std::string visible_controls_in_lines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto hidden = hidden_at(text, i);
        if (!hidden || hidden->code == '\n' || hidden->code == '\t') {
            out += text[i];
        } else if (hidden->code == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            // the LF that follows is the line break
        } else {
            out += escape_of(hidden->code);
            i += hidden->length - 1;
        }
    }
    return out;
}

std::string strip_controls(std::string_view text, bool keep_line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto hidden = hidden_at(text, i);
        if (!hidden) {
            out += text[i];
        } else if (hidden->code == '\n' || hidden->code == '\t') {
            out += keep_line_breaks ? text[i] : ' ';  // a line break in a header is a space
        } else {
            i += hidden->length - 1;
        }
    }
    return out;
}

std::optional<HiddenAt> find_hidden(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto hidden = hidden_at(text, i);
        if (hidden && hidden->code != '\n' && hidden->code != '\r' && hidden->code != '\t')
            return HiddenAt{i, hidden->code};
    }
    return std::nullopt;
}

}  // namespace netadmin::util
