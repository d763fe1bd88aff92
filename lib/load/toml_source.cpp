#include "load/toml_source.hpp"

#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::load::toml_source {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// What ends a word written as a value: TOML's punctuation and blanks.
bool ends_word(char c) {
    constexpr std::string_view stops = " \t\r\n\"'=,[]{}#";
    return stops.find(c) != std::string_view::npos;
}

// What a bare or dotted key is made of (quoted keys are left out: a hint
// names a key only when it can show it exactly).
bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    return text;
}

std::string without_blanks(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (!is_blank(c)) out += c;
    }
    return out;
}

// Calls visit(number, line) for lines 1 .. before - 1 until it returns false.
template <typename Visit>
void each_line_before(std::string_view content, std::uint32_t before, Visit visit) {
    std::size_t start = 0;
    for (std::uint32_t number = 1; number < before && start <= content.size(); ++number) {
        auto end = content.find('\n', start);
        if (end == std::string_view::npos) end = content.size();
        auto text = content.substr(start, end - start);
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        if (!visit(number, text)) return;
        start = end + 1;
    }
}

}  // namespace

std::string_view line(std::string_view content, std::uint32_t number) {
    std::size_t start = 0;
    for (std::uint32_t n = 1; n < number; ++n) {
        const auto end = content.find('\n', start);
        if (end == std::string_view::npos) return {};
        start = end + 1;
    }
    auto end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    auto text = content.substr(start, end - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return text;
}

std::size_t byte_of_column(std::string_view line, std::uint32_t column) {
    std::size_t pos = 0;
    for (std::uint32_t c = 1; c < column && pos < line.size(); ++c) util::decode_utf8(line, pos);
    return std::min(pos, line.size());
}

std::uint32_t column_of_byte(std::string_view line, std::size_t byte) {
    std::uint32_t column = 1;
    std::size_t pos = 0;
    while (pos < byte && pos < line.size()) {
        util::decode_utf8(line, pos);
        ++column;
    }
    return column;
}

Piece word_at(std::string_view line, std::size_t at) {
    at = std::min(at, line.size());
    // toml++ points after a literal it could not finish ("2019-02-30|"):
    // the word is the one just before.
    if (at > 0 && (at == line.size() || ends_word(line[at])) && !ends_word(line[at - 1])) --at;
    if (at >= line.size() || ends_word(line[at])) return {at, {}};
    auto begin = at;
    while (begin > 0 && !ends_word(line[begin - 1])) --begin;
    auto end = at;
    while (end < line.size() && !ends_word(line[end])) ++end;
    return {begin, line.substr(begin, end - begin)};
}

std::string_view key_before(std::string_view line, std::size_t value) {
    auto pos = std::min(value, line.size());
    while (pos > 0 && is_blank(line[pos - 1])) --pos;
    if (pos == 0 || line[pos - 1] != '=') return {};
    --pos;
    while (pos > 0 && is_blank(line[pos - 1])) --pos;
    const auto end = pos;
    while (pos > 0 && is_key_char(line[pos - 1])) --pos;
    // A key written after something else than the start of the line or an
    // inline table's '{' or ',' is not one this can name.
    auto before = pos;
    while (before > 0 && is_blank(line[before - 1])) --before;
    if (before > 0 && line[before - 1] != '{' && line[before - 1] != ',') return {};
    return line.substr(pos, end - pos);
}

std::string_view leading_key(std::string_view line, std::size_t at) {
    return trim(line.substr(0, std::min(at, line.size())));
}

std::string_view open_quote(std::string_view line) {
    std::string_view open;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (open.empty()) {
            if (c == '#') break;
            if (c != '"' && c != '\'') continue;
            const bool triple = i + 2 < line.size() && line[i + 1] == c && line[i + 2] == c;
            open = line.substr(i, triple ? 3 : 1);
            i += triple ? 2 : 0;
        } else if (open == "\"" && c == '\\') {
            ++i;  // an escaped character, a quote among them
        } else if (c == open.front() && line.substr(i, open.size()) == open) {
            i += open.size() - 1;
            open = {};
        }
    }
    return open.empty() ? std::string_view("\"") : open;
}

bool only_blanks_before(std::string_view line, std::size_t at) {
    return trim(line.substr(0, std::min(at, line.size()))).empty();
}

std::uint32_t first_key_line(std::string_view content, std::uint32_t before, std::string_view key) {
    std::uint32_t found = 0;
    if (key.empty()) return found;
    each_line_before(content, before, [&](std::uint32_t number, std::string_view text) {
        text = trim(text);
        if (text.starts_with('[')) {
            found = 0;  // a new table: what came before is another table's
        } else if (found == 0 && text.starts_with(key) &&
                   (text.size() == key.size() || is_blank(text[key.size()]) || text[key.size()] == '=' ||
                    text[key.size()] == '.')) {
            found = number;
        }
        return true;
    });
    return found;
}

std::uint32_t first_header_line(std::string_view content, std::uint32_t before, std::string_view name) {
    const auto wanted = without_blanks(name);
    std::uint32_t found = 0;
    each_line_before(content, before, [&](std::uint32_t number, std::string_view text) {
        text = trim(text);
        if (!text.starts_with('[') || text.starts_with("[[")) return true;
        const auto close = text.find(']');
        if (close != std::string_view::npos && without_blanks(text.substr(1, close - 1)) == wanted) {
            found = number;
            return false;
        }
        return true;
    });
    return found;
}

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace netadmin::load::toml_source
