// A unified diff of two versions of a file, for `--dry-run`: what `diff -u`
// and `git diff` print, with three lines of context, hunks that overlap
// merged, and "\ No newline at end of file" where a version ends without
// one. Lines are compared as bytes (a CRLF line keeps its CR), so UTF-8
// passes through untouched. Deterministic: the same texts give the same
// diff (Myers' algorithm, deletions before insertions).
#pragma once

#include <string>
#include <string_view>

namespace netadmin::edit {

// "--- a/NAME", "+++ b/NAME" and the hunks; empty when the texts are equal.
std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view name, int context = 3);

}  // namespace netadmin::edit
