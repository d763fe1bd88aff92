// The depth pre-scan of a TOML text (see key_depth.hpp).
#include "load/key_depth.hpp"

#include <cstddef>
#include <vector>

namespace netadmin::load {

namespace {

bool is_bare(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// One pass over the text, keeping only what decides a key's depth: whether
// a key or a value comes next, the parts of the table header, and the
// parts that the open arrays and inline tables add. Each byte is looked at
// a bounded number of times.
class Scanner {
public:
    Scanner(std::string_view text, std::uint32_t limit) : text_(text), limit_(limit) {}

    std::optional<TooDeepKey> run() {
        while (pos_ < text_.size() && !found_) step();
        if (!found_) return std::nullopt;
        return place(*found_);
    }

private:
    void step() {
        const char c = text_[pos_];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++pos_;
        } else if (c == '\n') {
            ++pos_;
            if (open_.empty()) {
                want_key_ = true;
                pending_ = 0;
            }
        } else if (c == '#') {
            while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
        } else if (want_key_) {
            key(c);
        } else {
            value(c);
        }
    }

    void key(char c) {
        want_key_ = false;
        if (c == '[' && open_.empty()) {
            // A table header: its parts are the base of the keys below it.
            ++pos_;
            if (pos_ < text_.size() && text_[pos_] == '[') ++pos_;
            skip_blanks();
            header_ = chain(0);
        } else if (c == '}') {
            close();
        } else {
            pending_ = chain(header_ + nested_);
        }
    }

    void value(char c) {
        if (c == '"' || c == '\'') {
            skip_string();
        } else if (c == '{' || c == '[') {
            open_.push_back(Open{c, pending_});
            nested_ += pending_;
            pending_ = 0;
            want_key_ = c == '{';
            ++pos_;
        } else if (c == '}' || c == ']') {
            close();
        } else if (c == ',') {
            ++pos_;
            pending_ = 0;
            want_key_ = !open_.empty() && inline_table_open();
        } else if (is_bare(c)) {
            // Not a key, but a value made of dotted parts is counted too, so a
            // text this scan misreads still cannot hide a deep key.
            chain(0);
        } else {
            ++pos_;
        }
    }

    bool inline_table_open() const { return open_.back().kind == '{'; }

    void close() {
        ++pos_;
        if (open_.empty()) return;
        nested_ -= open_.back().parts;
        open_.pop_back();
        want_key_ = false;
    }

    // The parts of a dotted key, `a . "b" . 'c'`; stops at the first part
    // past the limit.
    std::uint32_t chain(std::uint32_t base) {
        std::uint32_t parts = 0;
        while (pos_ < text_.size()) {
            const auto start = pos_;
            if (!part()) break;
            ++parts;
            if (base + parts > limit_) {
                found_ = start;
                found_depth_ = base + parts;
                return parts;
            }
            skip_blanks();
            if (pos_ >= text_.size() || text_[pos_] != '.') break;
            ++pos_;
            skip_blanks();
        }
        return parts;
    }

    bool part() {
        const char c = text_[pos_];
        if (c == '"' || c == '\'') {
            skip_string();
            return true;
        }
        if (!is_bare(c)) return false;
        while (pos_ < text_.size() && is_bare(text_[pos_])) ++pos_;
        return true;
    }

    void skip_blanks() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    }

    // A string from its opening quote to just after its closing one; an
    // unterminated single-line string ends at the end of its line.
    void skip_string() {
        const char quote = text_[pos_];
        const std::string_view triple = quote == '"' ? std::string_view("\"\"\"") : std::string_view("'''");
        const bool multi_line = text_.substr(pos_, 3) == triple;
        pos_ += multi_line ? 3 : 1;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '\\' && quote == '"') {
                pos_ += 2;
            } else if (multi_line && text_.substr(pos_, 3) == triple) {
                pos_ += 3;
                // Up to two more quotes belong to the string ("""a"""" is a").
                for (int extra = 0; extra < 2 && pos_ < text_.size() && text_[pos_] == quote; ++extra) ++pos_;
                return;
            } else if (!multi_line && (c == quote || c == '\n')) {
                if (c == quote) ++pos_;
                return;
            } else {
                ++pos_;
            }
        }
    }

    // Line and column (in characters) of a byte offset.
    TooDeepKey place(std::size_t offset) const {
        std::uint32_t line = 1;
        std::size_t line_start = 0;
        for (std::size_t i = 0; i < offset; ++i) {
            if (text_[i] == '\n') {
                ++line;
                line_start = i + 1;
            }
        }
        std::uint32_t column = 1;
        for (std::size_t i = line_start; i < offset; ++i) {
            if ((static_cast<unsigned char>(text_[i]) & 0xC0U) != 0x80U) ++column;
        }
        return TooDeepKey{line, column, found_depth_};
    }

    std::string_view text_;
    std::uint32_t limit_;
    std::size_t pos_ = 0;
    bool want_key_ = true;       // a key (or a table header) comes next
    std::uint32_t header_ = 0;   // parts of the current table header
    std::uint32_t nested_ = 0;   // parts added by the open arrays and inline tables
    std::uint32_t pending_ = 0;  // parts of the key whose value comes next
    struct Open {
        char kind;            // '[' or '{'
        std::uint32_t parts;  // the parts of the key it is the value of
    };
    std::vector<Open> open_;
    std::optional<std::size_t> found_;  // where the first part past the limit begins
    std::uint32_t found_depth_ = 0;
};

}  // namespace

std::optional<TooDeepKey> find_too_deep_key(std::string_view text, std::uint32_t limit) {
    return Scanner(text, limit).run();
}

}  // namespace netadmin::load
