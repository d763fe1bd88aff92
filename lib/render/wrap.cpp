// Word wrapping (render/wrap.hpp).
#include "render/wrap.hpp"

#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::render {

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_width = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto start = text.find_first_not_of(" \n\r\t", pos);
        if (start == std::string_view::npos) break;
        auto end = text.find_first_of(" \n\r\t", start);
        if (end == std::string_view::npos) end = text.size();
        const auto word = text.substr(start, end - start);
        const auto word_width = util::display_width(word);
        if (!line.empty() && line_width + 1 + word_width > width) {
            lines.push_back(std::move(line));
            line.clear();
            line_width = 0;
        }
        if (!line.empty()) {
            line += ' ';
            ++line_width;
        }
        line += word;
        line_width += word_width;
        pos = end;
    }
    if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
    return lines;
}

std::string wrap_with_prefix(std::string_view text, std::size_t width, std::string_view first, std::string_view rest) {
    const auto prefix_width = std::max(util::display_width(first), util::display_width(rest));
    const auto available = width > prefix_width + 20 ? width - prefix_width : 20;
    std::string out;
    bool is_first = true;
    for (const auto& line : wrap_words(text, available)) {
        std::string prefix(is_first ? first : rest);
        if (line.empty()) {
            while (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
        }
        out += prefix;
        out += line;
        out += '\n';
        is_first = false;
    }
    return out;
}

}  // namespace netadmin::render
