// Encoding detection for CSV files (see decode.hpp).
#include "csv/decode.hpp"

#include "util/utf8.hpp"

#include <array>

namespace netadmin::csv {
namespace {

// 0x80..0x9F in Windows-1252; 0 marks the five undefined bytes. The rest of
// the code page (0xA0..0xFF) is Latin-1, the same numbers as Unicode.
constexpr std::array<char32_t, 32> kHigh{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

std::optional<std::string> from_windows_1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            out += c;
            continue;
        }
        const char32_t cp = byte < 0xA0 ? kHigh[byte - 0x80U] : char32_t{byte};
        if (cp == 0) return std::nullopt;
        util::append_utf8(out, cp);
    }
    return out;
}

std::optional<Decoded> decode(std::string_view bytes) {
    if (bytes.find('\0') != std::string_view::npos) return std::nullopt;
    if (bytes.substr(0, kBom.size()) == kBom) {
        const auto rest = bytes.substr(kBom.size());
        // A byte-order mark before bytes that are not UTF-8 is a damaged file, not a guess to make.
        if (!util::is_valid_utf8(rest)) return std::nullopt;
        return Decoded{Encoding::utf8_bom, std::string(rest)};
    }
    if (util::is_valid_utf8(bytes)) return Decoded{Encoding::utf8, std::string(bytes)};
    if (auto text = from_windows_1252(bytes)) return Decoded{Encoding::windows_1252, std::move(*text)};
    return std::nullopt;
}

}  // namespace netadmin::csv
