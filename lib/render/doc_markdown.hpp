// A document (render/document.hpp) as markdown for GitHub and GitLab, every
// piece of registry text escaped; see doc_markdown.cpp.
#pragma once

#include "render/document.hpp"

#include <string>

namespace netadmin::render {

std::string to_markdown(const Document& document);

}  // namespace netadmin::render
