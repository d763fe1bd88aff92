#include "util/email.hpp"

#include <cctype>

namespace netadmin::util {
namespace {

bool is_local_char(unsigned char c) {
    if (std::isalnum(c)) return true;
    constexpr std::string_view specials = "!#$%&'*+/=?^_`{|}~-.";
    return specials.find(static_cast<char>(c)) != std::string_view::npos;
}

bool is_valid_label(std::string_view label) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (unsigned char c : label) {
        if (!std::isalnum(c) && c != '-') return false;
    }
    return true;
}

}  // namespace

bool is_valid_email(std::string_view address) {
    if (address.size() > 254) return false;
    const auto at = address.find('@');
    if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) return false;
    const auto local = address.substr(0, at);
    const auto domain = address.substr(at + 1);
    if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.') return false;
    if (local.find("..") != std::string_view::npos) return false;
    for (unsigned char c : local) {
        if (!is_local_char(c)) return false;
    }
    if (domain.find('.') == std::string_view::npos) return false;
    std::size_t start = 0;
    std::string_view last_label;
    while (start <= domain.size()) {
        auto dot = domain.find('.', start);
        if (dot == std::string_view::npos) dot = domain.size();
        last_label = domain.substr(start, dot - start);
        if (!is_valid_label(last_label)) return false;
        start = dot + 1;
    }
    // The top-level domain is letters only ("se", "com"), at least two.
    if (last_label.size() < 2) return false;
    for (unsigned char c : last_label) {
        if (!std::isalpha(c)) return false;
    }
    return true;
}

}  // namespace netadmin::util
