// The bytes of a CSV file as people have them, turned into UTF-8: Excel in
// Sweden writes UTF-8 with a byte-order mark, older exports Windows-1252.
// UTF-8 is tried first (a file that decodes as UTF-8 almost surely is), then
// Windows-1252; anything else (UTF-16, binary) is refused rather than guessed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::csv {

enum class Encoding { utf8, utf8_bom, windows_1252 };

struct Decoded {
    Encoding encoding = Encoding::utf8;
    std::string text;  // UTF-8, without the byte-order mark
};

// nullopt when the bytes are neither UTF-8 nor Windows-1252: they hold NUL
// bytes (UTF-16, a binary file) or one of the five bytes Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
std::optional<Decoded> decode(std::string_view bytes);

// Windows-1252 to UTF-8; nullopt at an undefined byte.
std::optional<std::string> from_windows_1252(std::string_view bytes);

}  // namespace netadmin::csv
