// Fuzz target: the e-mail address check. An accepted address must never be
// able to split or extend a mail header.
#include "util/email.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view address(reinterpret_cast<const char*>(data), size);
    if (!netadmin::util::is_valid_email(address)) return 0;
    if (address.find_first_of("\r\n,<>\"; \t") != std::string_view::npos) std::abort();
    if (address.find('\0') != std::string_view::npos) std::abort();
    if (address.find('@') == std::string_view::npos) std::abort();
    return 0;
}
