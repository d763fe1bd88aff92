// The one policy for characters that a reader cannot see but that change
// what they see: control characters and the bidirectional controls. Every
// output format of netadmin goes through here, so a value can neither drive
// a terminal (ESC, CSI), forge a line (CR, LF), ring a bell, nor make
// "gnp.exe" read "exe.png" (U+202E, RIGHT-TO-LEFT OVERRIDE).
//
// The hidden characters:
//   - the C0 controls U+0000..U+001F and DEL U+007F;
//   - the C1 controls U+0080..U+009F (CSI U+009B is ESC [ to some terminals);
//   - the bidi embeddings and overrides U+202A..U+202E and isolates
//     U+2066..U+2069;
//   - the bidi marks U+200E, U+200F and U+061C: invisible too, and enough to
//     move a neighbouring "." or digit; a Swedish registry has no use for
//     them, so they are treated as the controls are.
//
// What each format does with them:
//   - text for people (tables, show, text reports, `remind`, mail bodies):
//     shown as escapes, "\x1b", "\r", "\u009b", "\u202e", so nothing the
//     person wrote is lost and nothing is hidden;
//   - markup and files for other programs (HTML, SVG, markdown, CSV, ICS,
//     vCard, mail headers): dropped, keeping the format's own line breaks
//     and tabs where the format allows them;
//   - JSON: escaped as JSON requires, "\u001b", "\u202e", so the data parses
//     back unchanged.
// `check` warns about every such character in a registry value
// (find_hidden, with line breaks and tabs allowed).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::util {

// Whether a code point is one of the hidden characters above.
bool is_hidden(char32_t code);

// The hidden character that starts at byte `i` of `text`: its length in
// bytes (1 to 3) and code point; nullopt for anything else, invalid UTF-8
// included. Quick for ASCII letters: one comparison.
struct Hidden {
    std::size_t length = 0;
    char32_t code = 0;
};
std::optional<Hidden> hidden_at(std::string_view text, std::size_t i);

// How a hidden character is shown in text: "\n", "\r", "\t", "\x1b" for C0
// and DEL, "\u009b", "\u202e" for the others.
std::string escape_of(char32_t code);

// Every hidden character shown as its escape; everything else unchanged.
std::string visible_controls(std::string_view text);

// A value quoted in a one-line message (a diagnostic): cut after
// `max_chars` characters with "…", so a 1 MB cell gives a short line, then
// shown with visible_controls. The cut falls between characters, never
// inside an escape or a UTF-8 sequence.
inline constexpr std::size_t kMaxQuotedChars = 200;
std::string visible_excerpt(std::string_view text, std::size_t max_chars = kMaxQuotedChars);

// The same for text of several lines (a mail body): "\n" and "\t" stay, the
// CR of a CRLF goes (the line break is the LF's), the rest shown as escapes.
std::string visible_controls_in_lines(std::string_view text);

// The hidden characters removed; with `keep_line_breaks` a "\n" and a tab
// stay (message bodies, cells that may span lines), without it they become
// a space (a header, a one-line field). A CR is dropped either way.
std::string strip_controls(std::string_view text, bool keep_line_breaks);

// The first hidden character of `text` other than LF, CR and tab (which a
// multi-line value may hold): its byte offset and code point.
struct HiddenAt {
    std::size_t offset = 0;
    char32_t code = 0;
};
std::optional<HiddenAt> find_hidden(std::string_view text);

}  // namespace netadmin::util
