// The one stylesheet of every HTML page, inlined so a page is a single
// self-contained file: system fonts, a readable measure, tables that scroll
// on a phone, and print rules (no navigation, no shadows, links spelled out).
#pragma once

#include <string_view>

namespace netadmin::render {

std::string_view html_stylesheet();

}  // namespace netadmin::render
