// A document (render/document.hpp) as plain text for an 80-column terminal
// or an e-mail body; see doc_text.cpp for the layout.
#pragma once

#include "render/document.hpp"

#include <string>

namespace netadmin::render {

std::string to_text(const Document& document);

}  // namespace netadmin::render
