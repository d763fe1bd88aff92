// Joining pieces of text into a new string by appending. Used instead of
// `"literal" + std::string(...)`, which GCC 12 at -O2/-O3 flags with a false
// -Wrestrict warning (GCC bug 105329) that -Werror turns into a build failure.
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
