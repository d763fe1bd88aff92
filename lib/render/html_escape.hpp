// Escaping for HTML text and attribute values: & < > " ' become entities,
// so a registry value can never open a tag, close an attribute or start a
// character reference. Control and bidi characters other than newline and
// tab are dropped (util/visible.hpp); everything else (UTF-8 included)
// passes unchanged.
#pragma once

#include <string>
#include <string_view>

namespace netadmin::render {

std::string html_escape(std::string_view text);
void append_html_escaped(std::string& out, std::string_view text);

}  // namespace netadmin::render
