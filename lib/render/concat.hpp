// Joining pieces of text into a new string with one allocation: the
// writers build long lines from many short pieces. (It was first written
// to avoid GCC 12's false -Wrestrict warning on `"literal" + std::string`,
// GCC bug 105329; cmake/ProjectSettings.cmake now switches that warning
// off for GCC 12, so the reason to use cat() is the allocation alone.)
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace netadmin::render {

inline std::string cat(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (const auto part : parts) size += part.size();
    std::string out;
    out.reserve(size);
    for (const auto part : parts) out.append(part.data(), part.size());
    return out;
}

}  // namespace netadmin::render
