#include "snapshot/content_hash.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using netadmin::snapshot::content_hash;
using netadmin::snapshot::HashBuilder;

TEST_SUITE("snapshot::content_hash") {
    TEST_CASE("the same bytes give the same hash") {
        const std::string text(1000, 'x');
        CHECK(content_hash(text) == content_hash(std::string(1000, 'x')));
    }

    TEST_CASE("every length and every single-bit change gives another hash") {
        // Lengths around the 32-byte stripes and the 8- and 4-byte tails.
        std::set<std::uint64_t> seen;
        std::string text;
        for (int length = 0; length <= 100; ++length) {
            CHECK(seen.insert(content_hash(text)).second);
            text += static_cast<char>('a' + length % 26);
        }
        for (std::size_t i = 0; i < text.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                auto changed = text;
                changed[i] = static_cast<char>(changed[i] ^ (1 << bit));
                CHECK(seen.insert(content_hash(changed)).second);
            }
        }
    }

    TEST_CASE("the seed gives another hash") { CHECK(content_hash("registry", 1) != content_hash("registry", 2)); }

    TEST_CASE("pieces are hashed with their boundaries") {
        CHECK(HashBuilder().add("ab").add("c").value() != HashBuilder().add("a").add("bc").value());
        CHECK(HashBuilder().add("").add("x").value() != HashBuilder().add("x").value());
        CHECK(HashBuilder().add(std::uint64_t{1}).value() != HashBuilder().add(std::uint64_t{2}).value());
    }

    TEST_CASE("the hash does not depend on where the bytes lie in memory") {
        const std::string text = "0123456789abcdefghijklmnopqrstuvwxyz0123456789";
        std::string shifted = "." + text;
        CHECK(content_hash(text) == content_hash(std::string_view(shifted).substr(1)));
    }
}
