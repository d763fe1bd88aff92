// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104), for storing a value so
// that it can be recognised again without being kept: the state database
// keeps the reminder log's recipients as keyed hashes (docs/privacy.md).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace netadmin::util {

using Digest = std::array<std::uint8_t, 32>;

Digest sha256(std::string_view data);
Digest hmac_sha256(std::string_view key, std::string_view message);

// Lower-case hexadecimal, 64 characters.
std::string to_hex(const Digest& digest);

}  // namespace netadmin::util
