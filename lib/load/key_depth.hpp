// How deep a TOML text's keys reach, counted before the text is parsed.
//
// toml++ limits the nesting of arrays and inline tables (256) but not the
// parts of a dotted key or a table header: `a.a.a.… = 1` with half a
// million parts builds a tree half a million tables deep, and freeing it
// (or walking it) recursively overflows the stack. So every text is
// scanned first, in one linear pass, and a key deeper than `max_key_depth`
// is refused at its place, before toml++ sees it.
//
// The depth of a key is the number of parts on its path from the root:
// those of the table header above it, those of the keys of the inline
// tables it is in, and its own. The deepest key of the bundled registry has
// two parts (`[settings.reminders]`); a limit of 64 leaves room for any
// hand-written file. The scan knows strings (basic, literal, multi-line,
// with escapes), comments, quoted keys, arrays and inline tables, so a dot
// in a string or a comment is never counted; text that is not TOML is left
// to toml++ to report.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace netadmin::load {

inline constexpr std::uint32_t max_key_depth = 64;

// The first key part that goes past the limit: where it begins (line and
// column from 1, the column in characters) and how deep it is.
struct TooDeepKey {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint32_t depth = 0;
};

std::optional<TooDeepKey> find_too_deep_key(std::string_view text, std::uint32_t limit = max_key_depth);

}  // namespace netadmin::load
