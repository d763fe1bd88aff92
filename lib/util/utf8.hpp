// UTF-8 helpers: validation, decoding, case folding and terminal width.
// Registry text is UTF-8 throughout; these are the only places that look
// inside the bytes, so the rest of the code can treat strings as opaque.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace netadmin::util {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates,
// nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

// Decodes the code point starting at `pos` and advances `pos` past it.
// An invalid or truncated sequence yields U+FFFD and advances by one byte,
// so a loop over any input always terminates.
char32_t decode_utf8(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// Lowercases ASCII and the Latin-1 / Latin Extended-A letters (Å, Ä, Ö, É …).
std::string to_lower(std::string_view text);

// The code-point form of to_lower: other code points come back unchanged.
char32_t lower_code_point(char32_t cp);

// The plain lowercase ASCII letters of a Latin-1 / Latin Extended-A letter
// without its diacritics ("Å" -> "a", "Æ" -> "ae", "ß" -> "ss"); empty for
// anything else, ASCII included. Shared by fold_for_match and the collation.
std::string_view latin_base_letters(char32_t cp);

// Lowercase with diacritics removed ("Övertorneå" -> "overtornea"), for
// forgiving look-ups and spelling suggestions. Not for sorting.
std::string fold_for_match(std::string_view text);

// Columns a terminal uses to show `text`: combining marks take none,
// East Asian wide and fullwidth characters two, everything else one.
std::size_t display_width(std::string_view text);

}  // namespace netadmin::util
