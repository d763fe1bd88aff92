// The table of toml++ syntax errors netadmin says in its own words. Every
// string of toml++ 3.3's (parser.inl) that is matched here is in the table
// below and nowhere else: a newer toml++ that words an error differently
// falls back to err_toml_syntax with its own text, and the unit tests
// (toml_error_test.cpp) parse real broken text, so they say which row no
// longer matches.
#include "load/toml_error.hpp"

#include "load/toml_source.hpp"
#include "util/utf8.hpp"

#include <charconv>
#include <string>

#include <fmt/format.h>

namespace netadmin::load {

using catalog::Msg;
using catalog::Problem;
namespace src = toml_source;

namespace {

// What toml++ said and what the file holds there.
struct Spot {
    std::string_view scope;   // "value", "string", "table header" …
    std::string_view reason;  // what follows the scope
    std::string_view content;
    std::string_view line;  // the error's line, without its line end
    std::size_t at = 0;     // its byte in `line` (line.size(): the line end)
    catalog::Location where;

    bool at_line_end() const { return at >= line.size(); }
    // Point at byte `byte` of the line instead.
    void move_to(std::size_t byte) { where.column = src::column_of_byte(line, byte); }
};

// The text between the first and the last "'" of toml++'s reason: the key
// or table it names ("cannot redefine existing string 'name'").
std::string_view quoted_name(std::string_view reason) {
    const auto first = reason.find('\'');
    const auto last = reason.rfind('\'');
    if (first == std::string_view::npos || last <= first) return {};
    return reason.substr(first + 1, last - first - 1);
}

// --- when a row applies --------------------------------------------------

bool has_word(const Spot& s) { return !src::word_at(s.line, s.at).text.empty(); }
bool literal_cut_short(const Spot& s) { return s.at_line_end() && has_word(s); }
bool reaches_line_end(const Spot& s) { return s.at_line_end(); }
bool names_something(const Spot& s) { return !quoted_name(s.reason).empty(); }
bool names_table_only(const Spot& s) { return names_something(s) && s.reason.ends_with('\''); }
bool table_and_list(const Spot& s) {
    return names_something(s) &&
           (s.reason.ends_with(" as array-of-tables") || s.reason.starts_with("cannot redefine existing array '"));
}
bool next_line_goes_on(const Spot& s) { return src::only_blanks_before(s.line, s.at); }
bool has_key_before(const Spot& s) { return !src::key_before(s.line, s.at).empty(); }
bool text_follows(const Spot& s) { return !s.at_line_end(); }
bool has_leading_key(const Spot& s) { return !src::leading_key(s.line, s.at).empty(); }
bool key_without_equals(const Spot& s) {
    return has_leading_key(s) && s.line.substr(0, s.at).find('=') == std::string_view::npos;
}
bool holds_control(const Spot& s) {
    if (s.at_line_end()) return false;
    const auto c = static_cast<unsigned char>(s.line[s.at]);
    return c < 0x20 || c == 0x7F;
}

// --- what each row says --------------------------------------------------

Problem unquoted(Spot& s) {
    const auto word = src::word_at(s.line, s.at);
    s.move_to(word.begin);
    const auto key = src::key_before(s.line, word.begin);
    auto written = src::quoted(word.text);
    if (!key.empty()) written = std::string(key) + " = " + written;
    return Problem(Msg::err_toml_unquoted, word.text).with_hint(Msg::hint_toml_quote, written);
}

Problem unterminated(Spot& s) {
    return Problem(Msg::err_toml_unterminated_string).with_hint(Msg::hint_toml_close_string, src::open_quote(s.line));
}

Problem control_character(Spot& s) {
    std::size_t pos = s.at;
    const auto cp = static_cast<std::uint32_t>(util::decode_utf8(s.line, pos));
    return Problem(Msg::err_toml_control_character, fmt::format("U+{:04X}", cp))
        .with_hint(Msg::hint_toml_control_character, fmt::format("\\u{:04X}", cp));
}

Problem unknown_escape(Spot& s) {
    if (s.at > 0 && s.at <= s.line.size() && s.line[s.at - 1] == '\\') s.move_to(s.at - 1);
    return Problem(Msg::err_toml_unknown_escape, quoted_name(s.reason)).with_hint(Msg::hint_toml_backslash);
}

// The date or time as written, and the place moved to its first character.
std::string_view literal(Spot& s) {
    const auto word = src::word_at(s.line, s.at);
    if (!word.text.empty()) s.move_to(word.begin);
    return word.text;
}

Problem no_such_day(Spot& s) {
    // "expected day between 1 and 28 (inclusive), saw 30"
    const auto after = s.reason.find(" and ");
    int days = 0;
    if (after != std::string_view::npos) {
        const auto digits = s.reason.substr(after + 5);
        std::from_chars(digits.data(), digits.data() + digits.size(), days);
    }
    return Problem(Msg::err_toml_no_such_day, literal(s), days);
}

Problem no_such_month(Spot& s) { return Problem(Msg::err_toml_no_such_month, literal(s)); }
Problem no_such_time(Spot& s) { return Problem(Msg::err_toml_no_such_time, literal(s)); }

Problem duplicate_key(Spot& s) {
    const auto key = quoted_name(s.reason);
    const auto written_at = s.line.rfind(key, s.at);
    const bool starts_line = written_at != std::string_view::npos && src::only_blanks_before(s.line, written_at);
    if (written_at != std::string_view::npos) s.move_to(written_at);
    // Only a key that begins its line can be looked for on the lines above.
    const auto first = starts_line ? src::first_key_line(s.content, s.where.line, key) : 0;
    auto problem =
        first != 0 ? Problem(Msg::err_toml_duplicate_key_at, key, first) : Problem(Msg::err_toml_duplicate_key, key);
    return std::move(problem).with_hint(Msg::hint_toml_remove_one);
}

Problem table_twice(Spot& s) {
    const auto name = quoted_name(s.reason);
    const auto header = "[" + std::string(name) + "]";
    const auto first = src::first_header_line(s.content, s.where.line, name);
    auto problem =
        first != 0 ? Problem(Msg::err_toml_table_twice_at, header, first) : Problem(Msg::err_toml_table_twice, header);
    return std::move(problem).with_hint(Msg::hint_toml_one_table, header);
}

Problem table_and_list(Spot& s) {
    const auto name = quoted_name(s.reason);
    return Problem(Msg::err_toml_table_and_list, name).with_hint(Msg::hint_toml_table_list, name);
}

Problem unclosed_header(Spot& s) {
    const auto text = src::leading_key(s.line, s.at);
    const auto brackets = text.starts_with("[[") ? std::size_t{2} : std::size_t{1};
    auto name = text.substr(std::min(brackets, text.size()));
    name = name.substr(0, name.find_first_of("]#"));
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    const auto written = std::string(brackets, '[') + std::string(name) + std::string(brackets, ']');
    return Problem(Msg::err_toml_unclosed_header).with_hint(Msg::hint_toml_write, written);
}

Problem unclosed_list(Spot&) { return Problem(Msg::err_toml_unclosed_list).with_hint(Msg::hint_toml_close_list); }
Problem list_comma(Spot&) { return Problem(Msg::err_toml_list_comma).with_hint(Msg::hint_toml_list_comma); }

Problem missing_equals(Spot& s) {
    const auto key = src::leading_key(s.line, s.at);
    return Problem(Msg::err_toml_missing_equals, key).with_hint(Msg::hint_toml_missing_equals, key);
}

Problem missing_value(Spot& s) {
    const auto key = src::key_before(s.line, s.at);
    return Problem(Msg::err_toml_missing_value, key).with_hint(Msg::hint_toml_missing_value, key);
}

Problem trailing(Spot& s) {
    auto rest = s.line.substr(s.at);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
    if (s.scope == "table header") return Problem(Msg::err_toml_trailing, rest, Msg::word_toml_after_header);
    return Problem(Msg::err_toml_trailing, rest, Msg::word_toml_after_value).with_hint(Msg::hint_toml_trailing);
}

// --- the table -------------------------------------------------------------

// One kind of mistake: toml++'s scope (empty: any) and the beginning of its
// reason, a test of the source that must hold too (none: always), and what
// to say. The first row that matches wins, so narrower rows come first.
struct Row {
    std::string_view scope;
    std::string_view reason;
    bool (*applies)(const Spot&);
    Problem (*say)(Spot&);
};

constexpr std::string_view kPrefix = "Error while parsing ";
constexpr std::string_view kControl = "unescaped control characters other than TAB";
constexpr std::string_view kLiteralControl = "control characters other than TAB";
constexpr std::string_view kEof = "encountered end-of-file";
constexpr std::string_view kRedefine = "cannot redefine existing ";
constexpr std::string_view kArrayNext = "expected comma or closing ']', saw";

constexpr Row kRows[] = {
    {"value", "could not determine value type", has_word, unquoted},
    {"string", kControl, reaches_line_end, unterminated},
    {"string", kControl, holds_control, control_character},
    {"string", kEof, nullptr, unterminated},
    {"literal string", kLiteralControl, reaches_line_end, unterminated},
    {"literal string", kLiteralControl, holds_control, control_character},
    {"literal string", kEof, nullptr, unterminated},
    {"string", "unknown escape sequence '", names_something, unknown_escape},
    {"date", "expected day between 1 and ", nullptr, no_such_day},
    {"date", "expected month between 1 and 12", nullptr, no_such_month},
    {"time", "expected hour between", nullptr, no_such_time},
    {"time", "expected minute between", nullptr, no_such_time},
    {"time", "expected second between", nullptr, no_such_time},
    // 2019-05 or 08:30 without quotes: a TOML date or time cut short.
    {"date", "", literal_cut_short, unquoted},
    {"time", "", literal_cut_short, unquoted},
    {"key-value pair", kRedefine, names_something, duplicate_key},
    {"table header", kRedefine, table_and_list, table_and_list},
    {"table header", kRedefine, names_table_only, table_twice},
    {"table header", kRedefine, names_something, duplicate_key},
    {"table header", "expected ']', saw", reaches_line_end, unclosed_header},
    {"table header", kEof, nullptr, unclosed_header},
    {"array", kEof, nullptr, unclosed_list},
    {"array", kArrayNext, next_line_goes_on, unclosed_list},
    {"array", kArrayNext, nullptr, list_comma},
    {"key-value pair", "expected '=', saw", has_leading_key, missing_equals},
    {"key-value pair", kEof, key_without_equals, missing_equals},
    {"key-value pair", kEof, has_key_before, missing_value},
    {"key-value pair", "expected value, saw", has_key_before, missing_value},
    {"", "expected a comment or whitespace, saw", text_follows, trailing},
    {"", "expected value-terminator, saw", text_follows, trailing},
};

}  // namespace

Problem describe_toml_error(std::string_view description, catalog::Location where, std::string_view content) {
    Spot spot;
    spot.content = content;
    spot.where = std::move(where);
    if (description.starts_with(kPrefix)) {
        const auto rest = description.substr(kPrefix.size());
        const auto colon = rest.find(": ");
        if (colon != std::string_view::npos) {
            spot.scope = rest.substr(0, colon);
            spot.reason = rest.substr(colon + 2);
        }
    }
    spot.line = src::line(content, spot.where.line);
    spot.at = src::byte_of_column(spot.line, spot.where.column);
    for (const auto& row : kRows) {
        if (spot.reason.empty() || (!row.scope.empty() && row.scope != spot.scope)) continue;
        if (!spot.reason.starts_with(row.reason)) continue;
        if (row.applies != nullptr && !row.applies(spot)) continue;
        auto problem = row.say(spot);
        return std::move(problem).at(spot.where);
    }
    return Problem(Msg::err_toml_syntax, description).at(spot.where);
}

}  // namespace netadmin::load
