// Control characters shown or removed (see visible.hpp).
#include "util/visible.hpp"

#include <fmt/format.h>

namespace netadmin::util {
namespace {

bool is_c0(unsigned char c) { return c < 0x20 || c == 0x7f; }

// Length of a C1 control (U+0080..U+009F is "\xc2\x80".."\xc2\x9f") at `i`, else 0.
std::size_t c1_at(std::string_view text, std::size_t i) {
    if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xc2) {
        const auto next = static_cast<unsigned char>(text[i + 1]);
        if (next >= 0x80 && next <= 0x9f) return 2;
    }
    return 0;
}

std::string escape_c0(unsigned char c) {
    switch (c) {
        case '\n': return "\\n";
        case '\r': return "\\r";
        case '\t': return "\\t";
        default: return fmt::format("\\x{:02x}", c);
    }
}

}  // namespace

std::string visible_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (is_c0(c)) {
            out += escape_c0(c);
        } else if (c1_at(text, i) != 0) {
            out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
            ++i;
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

std::string strip_controls(std::string_view text, bool keep_line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (keep_line_breaks && (c == '\n' || c == '\t')) {
            out += text[i];
        } else if (is_c0(c)) {
            if (c == '\n' || c == '\t') out += ' ';  // a line break in a header is a space
        } else if (const auto length = c1_at(text, i); length != 0) {
            i += length - 1;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace netadmin::util
