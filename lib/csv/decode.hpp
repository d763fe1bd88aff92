// The bytes of a CSV file as people have them, turned into UTF-8: Excel in
// Sweden writes UTF-8 with a byte-order mark, older exports Windows-1252.
//
// The encoding is decided on evidence, for the whole file: a byte-order
// mark, or any valid multi-byte UTF-8 sequence, means UTF-8 (Windows-1252
// text almost never holds one: "Ã¥" is what UTF-8 looks like read as
// Windows-1252, not what people type). Then a stray byte is an error of its
// cell, never a reason to read "Åsa" as "Ã…sa". A file with high bytes and
// no such sequence is Windows-1252. The structure of a CSV file (quotes,
// separators, line ends) is ASCII, the same bytes in both encodings, so the
// file is split into cells first and each cell decoded (decode_cell), which
// places a bad byte at its row and column.
#pragma once

#include "catalog/problem.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::csv {

enum class Encoding { utf8, utf8_bom, windows_1252 };

struct Detected {
    Encoding encoding = Encoding::utf8;
    std::string_view body;  // the bytes without the byte-order mark
};

// The file's encoding, from its bytes (see above).
Detected detect_encoding(std::string_view bytes);

// Whether `bytes` hold at least one valid UTF-8 sequence of two to four bytes.
bool has_utf8_sequence(std::string_view bytes);

// A cell's bytes as UTF-8 text, or what is wrong with them (without a
// place): a NUL byte (a UTF-16 or binary file), a byte that is not UTF-8 in
// a UTF-8 file, a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D).
catalog::Result<std::string> decode_cell(std::string_view bytes, Encoding encoding);

// Windows-1252 to UTF-8; nullopt at an undefined byte.
std::optional<std::string> from_windows_1252(std::string_view bytes);

}  // namespace netadmin::csv
