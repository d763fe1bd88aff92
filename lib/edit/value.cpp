// Writing values as TOML text (see value.hpp).
#include "edit/value.hpp"

#include <fmt/format.h>

namespace netadmin::edit {

namespace {

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }

std::string date_text(const time::FuzzyDate& date) {
    switch (date.precision) {
        case time::Precision::day: return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
        case time::Precision::year: return std::to_string(date.year);
        case time::Precision::month:
        case time::Precision::term: return basic_string(time::to_data_string(date));
    }
    return basic_string(time::to_data_string(date));
}

}  // namespace

std::string basic_string(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\f': out += "\\f"; break;
            case '\r': out += "\\r"; break;
            default:
                if (is_control(c)) {
                    out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
                } else {
                    out += ch;  // UTF-8 passes through unchanged
                }
        }
    }
    out += '"';
    return out;
}

std::string literal_string_if_possible(std::string_view text) {
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (ch == '\'' || (is_control(c) && ch != '\t')) return basic_string(text);
    }
    return "'" + std::string(text) + "'";
}

std::string key_text(std::string_view key) {
    const bool bare = !key.empty() && key.find_first_not_of(
                                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                          "abcdefghijklmnopqrstuvwxyz"
                                          "0123456789_-") == std::string_view::npos;
    return bare ? std::string(key) : basic_string(key);
}

std::string value_text(const Value& value, Quoting quoting) {
    struct Writer {
        Quoting quoting;
        std::string operator()(const std::string& text) const {
            return quoting == Quoting::literal ? literal_string_if_possible(text) : basic_string(text);
        }
        std::string operator()(std::int64_t number) const { return std::to_string(number); }
        std::string operator()(bool flag) const { return flag ? "true" : "false"; }
        std::string operator()(const time::FuzzyDate& date) const { return date_text(date); }
        std::string operator()(const time::TimeOfDay& time) const {
            return fmt::format("{:02}:{:02}:00", time.hour(), time.minute());
        }
        std::string operator()(const List& items) const {
            std::string out = "[";
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (i > 0) out += ", ";
                out += value_text(items[i], quoting);
            }
            return out + "]";
        }
        std::string operator()(const InlineTable& table) const {
            if (table.empty()) return "{}";
            std::string out = "{ ";
            for (std::size_t i = 0; i < table.size(); ++i) {
                if (i > 0) out += ", ";
                out += key_text(table[i].first) + " = " + value_text(table[i].second, quoting);
            }
            return out + " }";
        }
    };
    return std::visit(Writer{quoting}, value.data);
}

}  // namespace netadmin::edit
