// Swedish collation (SS 637004 as people expect it): A–Z, then Å, Ä, Ö;
// V and W are separate letters; case-insensitive at first, with case,
// accents and finally the raw bytes as tie-breakers so the order is total
// and deterministic. É sorts with E, Ü with Y, Æ with Ä, Ø with Ö; digits
// sort before letters.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace netadmin::util {

// Negative, zero or positive as `a` sorts before, equal to or after `b`.
// Zero only for byte-identical strings.
int compare_swedish(std::string_view a, std::string_view b);

// The primary weights of `text` (letters as Swedish sorts them, case and
// accents aside): compare_swedish orders first by these, compared
// lexicographically, and looks further only when they are equal. A sort
// computes them once per item instead of once per comparison.
std::vector<std::uint32_t> primary_weights(std::string_view text);

struct SwedishLess {
    bool operator()(std::string_view a, std::string_view b) const { return compare_swedish(a, b) < 0; }
};

}  // namespace netadmin::util
