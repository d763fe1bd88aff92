// A look at the TOML text around a syntax error: the line toml++ points at,
// the word there, the key before it, and where a key or a table was first
// defined. toml++ says what it expected in English; these find what the
// person wrote, so that load/toml_error.cpp can name it and show it as it
// must be written. Each is one pass over the line or the text, and each
// copes with any input (a position past the end, an empty line, bytes that
// are not UTF-8): a syntax error is, after all, text that is not as expected.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace netadmin::load::toml_source {

// Line `number` (from 1) of `content`, without its line end ("\n" or
// "\r\n"); empty past the last line.
std::string_view line(std::string_view content, std::uint32_t number);

// The byte of `line` where column `column` (from 1, in characters as
// toml++ counts them) begins; line.size() at or past its end.
std::size_t byte_of_column(std::string_view line, std::uint32_t column);
// The column (from 1) of byte `byte` of `line`.
std::uint32_t column_of_byte(std::string_view line, std::size_t byte);

// A piece of a line: where it begins and its text.
struct Piece {
    std::size_t begin = 0;
    std::string_view text;
};

// The value-like word at or just before byte `at`: the run of characters
// that are not blanks, quotes, '=', ',', brackets, braces or '#'
// ("similar", "2019-02-30", "08:30"). Empty when there is none.
Piece word_at(std::string_view line, std::size_t at);

// The key of the `key = value` pair whose value begins at byte `value`:
// the bare or dotted key before the '=' ("kind", "registration.url").
// Empty when the value does not follow `key =` (a list element, say).
std::string_view key_before(std::string_view line, std::size_t value);

// The key written at the start of `line` up to byte `at` (leading blanks
// and trailing blanks removed): what came before a missing '='.
std::string_view leading_key(std::string_view line, std::size_t at);

// The quote that opened the string still open at the end of `line`
// ("\"", "'", or "\"\"\"" and "'''" for the multi-line forms); "\"" when
// the line shows none.
std::string_view open_quote(std::string_view line);

// True when the line holds nothing but blanks before byte `at`.
bool only_blanks_before(std::string_view line, std::size_t at);

// The first line, before line `before`, that defines `key` in the same
// table as line `before` (after the nearest table header above it): a line
// that begins with the key, or with the key and a dot. 0 when none does.
std::uint32_t first_key_line(std::string_view content, std::uint32_t before, std::string_view key);

// The first line, before line `before`, that is the table header [name]
// (blanks inside the brackets do not count). 0 when none is.
std::uint32_t first_header_line(std::string_view content, std::uint32_t before, std::string_view name);

// `text` in double quotes, with '"' and '\' escaped, as TOML writes it.
std::string quoted(std::string_view text);

}  // namespace netadmin::load::toml_source
