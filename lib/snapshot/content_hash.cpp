#include "snapshot/content_hash.hpp"

namespace netadmin::snapshot {
namespace {

// Odd 64-bit constants with well-mixed bits (the primes of xxHash64's
// published specification).
constexpr std::uint64_t kP1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kP2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kP3 = 0x165667B19E3779F9ULL;
constexpr std::uint64_t kP4 = 0x85EBCA77C2B2AE63ULL;
constexpr std::uint64_t kP5 = 0x27D4EB2F165667C5ULL;

constexpr std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

// Little-endian reads, so the hash of a file is the same on every machine.
std::uint64_t read64(const unsigned char* p) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}
std::uint32_t read32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

std::uint64_t round(std::uint64_t acc, std::uint64_t input) {
    acc += input * kP2;
    acc = rotl(acc, 31);
    return acc * kP1;
}

std::uint64_t merge(std::uint64_t acc, std::uint64_t lane) {
    acc ^= round(0, lane);
    return acc * kP1 + kP4;
}

std::uint64_t avalanche(std::uint64_t h) {
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    h ^= h >> 32;
    return h;
}

}  // namespace

std::uint64_t content_hash(std::string_view bytes, std::uint64_t seed) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* const end = p + bytes.size();
    std::uint64_t h = 0;
    if (bytes.size() >= 32) {
        std::uint64_t lanes[4] = {seed + kP1 + kP2, seed + kP2, seed, seed - kP1};
        const auto* const last_stripe = end - 32;
        while (p <= last_stripe) {
            for (std::size_t i = 0; i < 4; ++i) lanes[i] = round(lanes[i], read64(p + 8 * i));
            p += 32;
        }
        h = rotl(lanes[0], 1) + rotl(lanes[1], 7) + rotl(lanes[2], 12) + rotl(lanes[3], 18);
        for (const auto lane : lanes) h = merge(h, lane);
    } else {
        h = seed + kP5;
    }
    h += bytes.size();
    for (; p + 8 <= end; p += 8) h = rotl(h ^ round(0, read64(p)), 27) * kP1 + kP4;
    if (p + 4 <= end) {
        h = rotl(h ^ (read32(p) * kP1), 23) * kP2 + kP3;
        p += 4;
    }
    for (; p < end; ++p) h = rotl(h ^ (*p * kP5), 11) * kP1;
    return avalanche(h);
}

HashBuilder& HashBuilder::add(std::string_view bytes) {
    state_ = content_hash(bytes, state_ ^ bytes.size());
    return *this;
}

HashBuilder& HashBuilder::add(std::uint64_t value) {
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(value >> (8 * i));
    state_ = content_hash(std::string_view(reinterpret_cast<const char*>(bytes), 8), state_ + 8);
    return *this;
}

}  // namespace netadmin::snapshot
