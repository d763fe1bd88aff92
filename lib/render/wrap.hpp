// Word wrapping for the text writer: lines of at most `width` terminal
// columns (util::display_width), broken at spaces; a word longer than the
// line (a long address) stays whole on a line of its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace netadmin::render {

std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

// `first` before the first line, `rest` before the others; each line
// (prefix included) at most `width` columns where the words allow.
std::string wrap_with_prefix(std::string_view text, std::size_t width, std::string_view first, std::string_view rest);

}  // namespace netadmin::render
