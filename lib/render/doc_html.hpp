// A document (render/document.hpp) as one self-contained HTML5 page (inline
// CSS, no script); see doc_html.cpp.
#pragma once

#include "render/document.hpp"

#include <string>

namespace netadmin::render {

std::string to_html(const Document& document);

}  // namespace netadmin::render
