// UTF-8 helpers: validation, decoding, case folding and terminal width.
#include "util/utf8.hpp"

#include <array>
#include <cstdint>
#include <cstring>

namespace netadmin::util {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

// Length of the well-formed sequence at `pos` (storing its code point in
// `cp`), or 0 when the bytes there are not one. The second-byte ranges are
// the ones in RFC 3629, which rule out overlongs, surrogates and > U+10FFFF.
std::size_t sequence_at(std::string_view text, std::size_t pos, char32_t& cp) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const unsigned char b0 = byte(0);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = b0 & 0x1FU;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = b0 & 0x0FU;
        if (b0 == 0xE0) low = 0xA0;
        if (b0 == 0xED) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = b0 & 0x07U;
        if (b0 == 0xF0) low = 0x90;
        if (b0 == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (text.size() - pos < length) return 0;
    if (byte(1) < low || byte(1) > high) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if (!is_continuation(byte(i))) return 0;
        cp = (cp << 6) | (byte(i) & 0x3FU);
    }
    return length;
}

// Base letters for U+00C0..U+017F, one character per code point. '?' marks
// the ligatures that expand to two letters, '.' the two non-letters (× ÷).
constexpr std::string_view kLatinBase =
    "aaaaaa?ceeeeiiiidnooooo.ouuuuy??"  // U+00C0..U+00DF
    "aaaaaa?ceeeeiiiidnooooo.ouuuuy?y"  // U+00E0..U+00FF
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii??jjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oo??rrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";  // U+0170..U+017F
static_assert(kLatinBase.size() == 0x180 - 0xC0);

bool in(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

bool is_zero_width(char32_t cp) {
    return cp < 0x20 || in(cp, 0x7F, 0x9F) || in(cp, 0x0300, 0x036F) || in(cp, 0x0483, 0x0489) ||
           in(cp, 0x0591, 0x05BD) || in(cp, 0x064B, 0x065F) || in(cp, 0x1160, 0x11FF) || in(cp, 0x1AB0, 0x1AFF) ||
           in(cp, 0x1DC0, 0x1DFF) || in(cp, 0x200B, 0x200F) || in(cp, 0x202A, 0x202E) || in(cp, 0x2060, 0x2064) ||
           in(cp, 0x20D0, 0x20FF) || in(cp, 0xFE00, 0xFE0F) || in(cp, 0xFE20, 0xFE2F) || cp == 0xFEFF ||
           in(cp, 0xE0100, 0xE01EF);
}

// East Asian Wide and Fullwidth blocks (after Markus Kuhn's wcwidth), plus
// the emoji blocks terminals draw two columns wide.
bool is_wide(char32_t cp) {
    return in(cp, 0x1100, 0x115F) || in(cp, 0x2329, 0x232A) || in(cp, 0x2E80, 0x303E) || in(cp, 0x3041, 0x33FF) ||
           in(cp, 0x3400, 0x4DBF) || in(cp, 0x4E00, 0x9FFF) || in(cp, 0xA000, 0xA4CF) || in(cp, 0xAC00, 0xD7A3) ||
           in(cp, 0xF900, 0xFAFF) || in(cp, 0xFE10, 0xFE19) || in(cp, 0xFE30, 0xFE6F) || in(cp, 0xFF00, 0xFF60) ||
           in(cp, 0xFFE0, 0xFFE6) || in(cp, 0x1F300, 0x1F64F) || in(cp, 0x1F900, 0x1F9FF) || in(cp, 0x20000, 0x2FFFD) ||
           in(cp, 0x30000, 0x3FFFD);
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    std::size_t pos = 0;
    char32_t cp = 0;
    while (pos < text.size()) {
        // Registry files are mostly ASCII: skip it eight bytes at a time.
        while (text.size() - pos >= 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + pos, sizeof word);
            if ((word & 0x8080808080808080ULL) != 0) break;
            pos += 8;
        }
        if (pos == text.size()) break;
        const std::size_t length = sequence_at(text, pos, cp);
        if (length == 0) return false;
        pos += length;
    }
    return true;
}

char32_t decode_utf8(std::string_view text, std::size_t& pos) {
    if (pos >= text.size()) return kReplacement;
    char32_t cp = 0;
    const std::size_t length = sequence_at(text, pos, cp);
    if (length == 0) {
        ++pos;
        return kReplacement;
    }
    pos += length;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || in(cp, 0xD800, 0xDFFF)) cp = kReplacement;
    const auto put = [&](std::uint32_t value) { out.push_back(static_cast<char>(value)); };
    if (cp < 0x80) {
        put(cp);
    } else if (cp < 0x800) {
        put(0xC0U | (cp >> 6));
        put(0x80U | (cp & 0x3FU));
    } else if (cp < 0x10000) {
        put(0xE0U | (cp >> 12));
        put(0x80U | ((cp >> 6) & 0x3FU));
        put(0x80U | (cp & 0x3FU));
    } else {
        put(0xF0U | (cp >> 18));
        put(0x80U | ((cp >> 12) & 0x3FU));
        put(0x80U | ((cp >> 6) & 0x3FU));
        put(0x80U | (cp & 0x3FU));
    }
}

char32_t lower_code_point(char32_t cp) {
    if (in(cp, 'A', 'Z')) return cp + 0x20;
    if (cp < 0xC0) return cp;
    if (cp <= 0xDE) return cp == 0xD7 ? cp : cp + 0x20;  // × is not a letter
    if (cp < 0x100 || cp > 0x17E) return cp;
    // Latin Extended-A pairs upper/lower case, but the pairing flips parity
    // twice (at ĸ and at ŉ), and İ and Ÿ lower to letters outside the pairs.
    if (cp == 0x130) return U'i';
    if (cp == 0x178) return 0xFF;
    if (cp <= 0x137) return cp % 2 == 0 ? cp + 1 : cp;
    if (in(cp, 0x139, 0x148)) return cp % 2 == 1 ? cp + 1 : cp;
    if (in(cp, 0x14A, 0x177)) return cp % 2 == 0 ? cp + 1 : cp;
    if (in(cp, 0x179, 0x17E)) return cp % 2 == 1 ? cp + 1 : cp;
    return cp;
}

std::string_view latin_base_letters(char32_t cp) {
    if (cp < 0xC0 || cp > 0x17F) return {};
    switch (cp) {
        case 0xC6:
        case 0xE6: return "ae";
        case 0xDE:
        case 0xFE: return "th";
        case 0xDF: return "ss";
        case 0x132:
        case 0x133: return "ij";
        case 0x152:
        case 0x153: return "oe";
        default: break;
    }
    const std::size_t index = cp - 0xC0;
    if (kLatinBase[index] == '.') return {};
    return kLatinBase.substr(index, 1);
}

std::string to_lower(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = decode_utf8(text, pos);
        const char32_t lower = lower_code_point(cp);
        // Unchanged code points keep their original bytes, so invalid input
        // passes through rather than turning into U+FFFD.
        if (lower == cp) {
            out.append(text.substr(start, pos - start));
        } else {
            append_utf8(out, lower);
        }
    }
    return out;
}

std::string fold_for_match(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = decode_utf8(text, pos);
        if (in(cp, 0x0300, 0x036F)) continue;  // decomposed accents ("a" + U+030A)
        if (cp == kReplacement) {
            // Invalid bytes must not pass through: with an accent dropped
            // between them they could join into a valid letter, and folding
            // twice would differ from folding once.
            append_utf8(out, kReplacement);
            continue;
        }
        if (const auto base = latin_base_letters(cp); !base.empty()) {
            out.append(base);
            continue;
        }
        const char32_t lower = lower_code_point(cp);
        if (lower == cp) {
            out.append(text.substr(start, pos - start));
        } else {
            append_utf8(out, lower);
        }
    }
    return out;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        // ASCII, most of any table, without decoding: printable characters
        // take a column, controls none (as is_zero_width says for them).
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            width += byte >= 0x20 && byte != 0x7F ? 1 : 0;
            ++pos;
            continue;
        }
        const char32_t cp = decode_utf8(text, pos);
        if (is_zero_width(cp)) continue;
        width += is_wide(cp) ? 2 : 1;
    }
    return width;
}

}  // namespace netadmin::util
