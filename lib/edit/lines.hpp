// A file's text seen as lines, to turn the positions toml++ reports (line
// and column, both from 1; the column counts code points, not bytes, and a
// byte-order mark is not counted) into byte offsets, and to splice whole
// lines in and out while keeping the file's line ends (LF or CRLF) and its
// missing final newline, if it has one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::edit {

class Lines {
public:
    explicit Lines(std::string_view text);

    // Number of lines; a final newline does not start another line.
    std::uint32_t count() const { return static_cast<std::uint32_t>(starts_.size()); }
    // Byte offset where line `line` (from 1) begins; count()+1 gives the end of the text.
    std::size_t begin(std::uint32_t line) const;
    // Byte offset of the line's end, before its line end.
    std::size_t end(std::uint32_t line) const;
    // The line without its line end.
    std::string_view text(std::uint32_t line) const;
    bool has_line_end(std::uint32_t line) const { return begin(line + 1) > end(line); }
    // Byte offset of a toml++ position.
    std::size_t offset(std::uint32_t line, std::uint32_t column) const;
    // The file's line end: that of its first line, LF when it has none.
    std::string_view eol() const { return eol_; }

    bool is_blank(std::uint32_t line) const;
    bool is_comment(std::uint32_t line) const;  // first visible character '#'
    // The spaces and tabs the line starts with.
    std::string_view indent(std::uint32_t line) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
    std::size_t bom_ = 0;
    std::string_view eol_ = "\n";
};

}  // namespace netadmin::edit
