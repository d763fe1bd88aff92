// Encoding detection for CSV files (see decode.hpp).
#include "csv/decode.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
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

bool has_utf8_sequence(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length > 1 && util::is_valid_utf8(bytes.substr(i, length))) return true;
    }
    return false;
}

Detected detect_encoding(std::string_view bytes) {
    if (bytes.substr(0, kBom.size()) == kBom) return {Encoding::utf8_bom, bytes.substr(kBom.size())};
    if (has_utf8_sequence(bytes)) return {Encoding::utf8, bytes};
    // No multi-byte sequence: plain ASCII is UTF-8, high bytes Windows-1252.
    const bool high = std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
    return {high ? Encoding::windows_1252 : Encoding::utf8, bytes};
}

namespace {

std::string byte_name(char c) { return fmt::format("0x{:02X}", static_cast<unsigned char>(c)); }

// The first byte of `bytes` that starts no valid UTF-8 sequence.
std::size_t first_invalid_utf8(std::string_view bytes) {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const auto start = pos;
        const auto lead = static_cast<unsigned char>(bytes[pos]);
        const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length == 1 ? lead >= 0x80 : !util::is_valid_utf8(bytes.substr(start, length))) return start;
        pos += length;
    }
    return bytes.size();
}

}  // namespace

catalog::Result<std::string> decode_cell(std::string_view bytes, Encoding encoding) {
    if (bytes.find('\0') != std::string_view::npos) return catalog::Problem(catalog::Msg::err_csv_nul_byte);
    if (encoding != Encoding::windows_1252) {
        if (const auto bad = first_invalid_utf8(bytes); bad < bytes.size()) {
            return catalog::Problem(catalog::Msg::err_csv_not_utf8, byte_name(bytes[bad]));
        }
        return std::string(bytes);
    }
    if (auto text = from_windows_1252(bytes)) return std::move(*text);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0 && kHigh[byte - 0x80U] == 0) {
            return catalog::Problem(catalog::Msg::err_csv_not_windows_1252, byte_name(c));
        }
    }
    return catalog::Problem(catalog::Msg::err_csv_not_windows_1252, std::string("?"));
}

}  // namespace netadmin::csv
