// "Did you mean …?" hints for misspelled keys, ids and municipality names.
#include "util/suggest.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <vector>

namespace netadmin::util {

namespace {

std::u32string code_points(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) out.push_back(decode_utf8(text, pos));
    return out;
}

std::size_t distance(const std::u32string& a, const std::u32string& b) {
    // The classic two-row dynamic programme: row[j] is the distance between
    // the first i code points of a and the first j of b.
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

template <typename Candidate>
std::optional<std::string> closest(std::string_view word, std::span<const Candidate> candidates) {
    const std::u32string folded = code_points(fold_for_match(word));
    if (folded.empty()) return std::nullopt;  // nothing typed, nothing to correct
    // About a third of the word may be wrong: one typo in "Kalx", three in
    // "Ovretornea"; short words still get one.
    const std::size_t allowed = std::max<std::size_t>(1, folded.size() / 3);

    std::optional<std::size_t> best_index;
    std::size_t best_distance = allowed + 1;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::u32string candidate = code_points(fold_for_match(candidates[i]));
        const std::size_t length_gap =
            candidate.size() > folded.size() ? candidate.size() - folded.size() : folded.size() - candidate.size();
        if (length_gap >= best_distance) continue;  // cannot beat the best so far
        const std::size_t d = distance(folded, candidate);
        if (d < best_distance) {  // strict: ties keep the earliest candidate
            best_distance = d;
            best_index = i;
            if (d == 0) break;
        }
    }
    if (!best_index) return std::nullopt;
    return std::string(candidates[*best_index]);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) { return distance(code_points(a), code_points(b)); }

std::optional<std::string> closest_match(std::string_view word, std::span<const std::string> candidates) {
    return closest(word, candidates);
}

std::optional<std::string> closest_match(std::string_view word, std::span<const std::string_view> candidates) {
    return closest(word, candidates);
}

}  // namespace netadmin::util
