// A deliberately plain check of e-mail addresses as people write them in a
// registry: local@domain.tld, no spaces, no quotes, no comments. Anything
// that could split a mail header (newline, comma, angle bracket) is refused.
#pragma once

#include <string_view>

namespace netadmin::util {

bool is_valid_email(std::string_view address);

}  // namespace netadmin::util
