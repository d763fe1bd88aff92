// RFC 2047 / quoted-printable / base64 encoders (see encode.hpp).
#include "mail/encode.hpp"

#include "util/visible.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace netadmin::mail {
namespace {

constexpr std::string_view kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64_raw(std::string_view bytes) {
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        std::uint32_t chunk = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        if (i + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 2]);
        out += kBase64[(chunk >> 18) & 63];
        out += kBase64[(chunk >> 12) & 63];
        out += i + 1 < bytes.size() ? kBase64[(chunk >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? kBase64[chunk & 63] : '=';
    }
    return out;
}

bool is_plain_ascii(std::string_view text) {
    for (unsigned char c : text) {
        if (c < 0x20 || c > 0x7e) return false;
    }
    return text.find("=?") == std::string_view::npos;  // would read as an encoded word
}

// Length of the UTF-8 sequence starting with `lead` (1 for stray bytes).
std::size_t sequence_length(unsigned char lead) {
    if (lead >= 0xf0) return 4;
    if (lead >= 0xe0) return 3;
    if (lead >= 0xc0) return 2;
    return 1;
}

// Encoded words of at most 75 characters each, never splitting a character.
std::vector<std::string> encoded_words(std::string_view text) {
    constexpr std::size_t kMaxRaw = 39;  // 39 bytes -> 52 base64 chars + 12 of "=?UTF-8?B??=" = 64
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start;
        while (end < text.size()) {
            const auto length = sequence_length(static_cast<unsigned char>(text[end]));
            if (end + length - start > kMaxRaw) break;
            end += length;
        }
        if (end == start) end = std::min(text.size(), start + 1);
        words.push_back("=?UTF-8?B?" + base64_raw(text.substr(start, end - start)) + "?=");
        start = end;
    }
    return words;
}

std::string fold_words(std::string line, const std::vector<std::string>& words) {
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool first = i == 0;
        if (!first && line.size() - line_start + 1 + words[i].size() > 78) {
            line += "\n";
            line_start = line.size();
        }
        if (!first || line.size() > line_start) line += ' ';
        line += words[i];
    }
    return line;
}

constexpr std::size_t kMaxPlainWord = 60;

std::vector<std::string> split_spaces(std::string_view text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(' ', start), text.size());
        words.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// Plain text can be folded at its spaces only when no word is too long for
// a line; a longer run of letters goes as encoded words, which split anywhere.
bool foldable(std::string_view text) {
    std::size_t run = 0;
    for (const char c : text) {
        run = c == ' ' ? 0 : run + 1;
        if (run > kMaxPlainWord) return false;
    }
    return true;
}

}  // namespace

std::vector<std::string> display_name_words(std::string_view raw) {
    const auto name = util::strip_controls(raw, false);
    if (name.empty()) return {};
    if (!is_plain_ascii(name) || !foldable(name)) return encoded_words(name);
    if (name.find_first_of("()<>[]:;@\\,.\"") == std::string::npos) return split_spaces(name);
    if (name.size() > kMaxPlainWord) return encoded_words(name);  // a quoted string is not split
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return {quoted + "\""};
}

std::string fold_header(std::string_view name, const std::vector<std::string>& words) {
    return fold_words(std::string(name) + ":", words);
}

std::string encode_header(std::string_view name, std::string_view raw) {
    const auto value = util::strip_controls(raw, false);
    const std::string head = std::string(name) + ":";
    if (is_plain_ascii(value) && foldable(value)) return fold_words(head, split_spaces(value));
    return fold_words(head, encoded_words(value));
}

std::string encode_display_name(std::string_view name) {
    std::string out;
    for (const auto& word : display_name_words(name)) out += (out.empty() ? "" : " ") + word;
    return out;
}

std::string quoted_printable(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    std::size_t line_length = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            out += '\n';
            line_length = 0;
            continue;
        }
        const bool at_line_end = i + 1 == text.size() || text[i + 1] == '\n';
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !at_line_end);
        std::string piece =
            literal ? std::string(1, static_cast<char>(c)) : std::string{'=', kHex[c >> 4], kHex[c & 15]};
        if (line_length + piece.size() > 75) {  // leave room for the soft break "="
            out += "=\n";
            line_length = 0;
        }
        out += piece;
        line_length += piece.size();
    }
    return out;
}

std::string base64(std::string_view bytes) {
    const auto raw = base64_raw(bytes);
    std::string out;
    for (std::size_t i = 0; i < raw.size(); i += 76) out += raw.substr(i, 76) + "\n";
    return out;
}

}  // namespace netadmin::mail
