// Text from the registry or from another program, made safe for a terminal
// and for a line-based report: control characters either shown as escapes
// (a newline cannot forge a line of netadmin's output, an ESC cannot drive
// the terminal) or removed (in e-mail, where an escape means nothing to the
// reader and strict parsers refuse raw control characters).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace netadmin::util {

// "\n", "\r", "\t", "\x1b", "\x7f" for the C0 controls and DEL, "\u009b"
// for the C1 controls (U+0080..U+009F); everything else unchanged.
std::string visible_controls(std::string_view text);

// A value quoted in a one-line message (a diagnostic): cut after
// `max_chars` characters with "…", so a 1 MB cell gives a short line, then
// shown with visible_controls. The cut falls between characters, never
// inside an escape or a UTF-8 sequence.
inline constexpr std::size_t kMaxQuotedChars = 200;
std::string visible_excerpt(std::string_view text, std::size_t max_chars = kMaxQuotedChars);

// The same controls removed; with `keep_line_breaks` a "\n" (and a tab)
// stays, for message bodies. A CR is dropped either way.
std::string strip_controls(std::string_view text, bool keep_line_breaks);

}  // namespace netadmin::util
