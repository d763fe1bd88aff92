// A fast 64-bit hash of bytes, to recognise content again: the snapshot
// cache keys a registry by the hash of every file it reads. Not for
// secrets (see util/keyed_hash.hpp for those): it only has to make an
// accidental match of two different contents vanishingly unlikely, and to
// cost far less than parsing what it hashes (several GB/s, four independent
// lanes of multiply-rotate over 32-byte stripes).
#pragma once

#include <cstdint>
#include <string_view>

namespace netadmin::snapshot {

std::uint64_t content_hash(std::string_view bytes, std::uint64_t seed = 0);

// Hashes several pieces as one stream would not: each piece's length goes
// in too, so ("ab", "c") and ("a", "bc") differ.
class HashBuilder {
public:
    HashBuilder& add(std::string_view bytes);
    HashBuilder& add(std::uint64_t value);
    std::uint64_t value() const { return state_; }

private:
    std::uint64_t state_ = 0x6e657461646d696eULL;
};

}  // namespace netadmin::snapshot
