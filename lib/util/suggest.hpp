// "Did you mean …?" hints for misspelled keys, ids and municipality names.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace netadmin::util {

// Levenshtein distance counted in code points, not bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, compared after fold_for_match, when it is
// close enough to be a plausible typo (distance at most about a third of the
// word's length, and at least 1 allowed); nullopt otherwise. An exact folded
// match ("overtornea" for "Övertorneå") always qualifies. Ties go to the
// earliest candidate, so the hint is deterministic.
std::optional<std::string> closest_match(std::string_view word, std::span<const std::string> candidates);
std::optional<std::string> closest_match(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace netadmin::util
