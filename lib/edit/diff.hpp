// A unified diff of two versions of a file, for `--dry-run`: what `diff -u`
// and `git diff` print, with three lines of context, hunks that overlap
// merged, and "\ No newline at end of file" where a version ends without
// one. Lines are compared as bytes (a CRLF line keeps its CR), so UTF-8
// passes through untouched. Deterministic: the same texts give the same
// diff (Myers' algorithm, deletions before insertions; see diff_script.hpp
// for what it costs).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace netadmin::edit {

// "--- a/NAME", "+++ b/NAME" and the hunks; empty when the texts are equal.
std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view name, int context = 3);

// What a person reviews: the unified diff, or, when it would show more than
// `max_changed` removed and inserted lines, only how many there are.
struct FileDiff {
    std::string text;  // empty when the texts are equal or the diff is summarised
    std::size_t removed = 0;
    std::size_t inserted = 0;
    bool summarised = false;
};
FileDiff reviewed_diff(std::string_view old_text, std::string_view new_text, std::string_view name,
                       std::size_t max_changed, int context = 3);

}  // namespace netadmin::edit
