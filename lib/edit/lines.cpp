// Lines and positions of a file's text (see lines.hpp).
#include "edit/lines.hpp"

namespace netadmin::edit {

Lines::Lines(std::string_view text) : text_(text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") bom_ = 3;
    if (!text.empty()) starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && i + 1 < text.size()) starts_.push_back(i + 1);
    }
    const auto first_newline = text.find('\n');
    if (first_newline != std::string_view::npos && first_newline > 0 && text[first_newline - 1] == '\r') eol_ = "\r\n";
}

std::size_t Lines::begin(std::uint32_t line) const {
    if (line == 0) return 0;
    if (line > count()) return text_.size();
    return starts_[line - 1];
}

std::size_t Lines::end(std::uint32_t line) const {
    if (line == 0 || line > count()) return text_.size();
    std::size_t stop = begin(line + 1);
    if (stop > begin(line) && text_[stop - 1] == '\n') {
        --stop;
        if (stop > begin(line) && text_[stop - 1] == '\r') --stop;
    }
    return stop;
}

std::string_view Lines::text(std::uint32_t line) const { return text_.substr(begin(line), end(line) - begin(line)); }

std::size_t Lines::offset(std::uint32_t line, std::uint32_t column) const {
    std::size_t at = begin(line);
    if (line == 1) at += bom_;
    const std::size_t stop = end(line);
    for (std::uint32_t col = 1; col < column && at < stop; ++col) {
        // Step over one code point: its lead byte and continuation bytes.
        ++at;
        while (at < stop && (static_cast<unsigned char>(text_[at]) & 0xC0U) == 0x80U) ++at;
    }
    return at;
}

bool Lines::is_blank(std::uint32_t line) const {
    auto body = text(line);
    if (line == 1) body.remove_prefix(bom_);
    return body.find_first_not_of(" \t\r") == std::string_view::npos;
}

bool Lines::is_comment(std::uint32_t line) const {
    auto body = text(line);
    if (line == 1) body.remove_prefix(bom_);
    const auto first = body.find_first_not_of(" \t");
    return first != std::string_view::npos && body[first] == '#';
}

std::string_view Lines::indent(std::uint32_t line) const {
    const auto body = text(line);
    return body.substr(0, std::min(body.size(), body.find_first_not_of(" \t")));
}

}  // namespace netadmin::edit
