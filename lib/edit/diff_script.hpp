// The edit script under the unified diff of diff.hpp: which lines of the
// old text go, which of the new one come, and which stay. Time and memory
// stay near linear in the size of the texts whatever the edit:
//
// - the common start and end are set aside first, and each line is
//   compared as a number (equal lines share one);
// - a small edit (a few hundred changed lines) is found with Myers' greedy
//   O((N+M)D) algorithm, keeping only the D*D values of the diagonals it
//   reached: the script that netadmin always printed;
// - anything larger drops the lines that occur in one text only (they can
//   never be kept, so the script stays minimal) and divides the rest at
//   Myers' middle snake, in space linear in N+M. Each division gives up
//   after `max_cost` rounds and splits at the furthest point reached, as
//   git's xdiff does: the script is then short, not shortest.
//
// Between two kept lines the script removes before it inserts.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace netadmin::edit {

enum class DiffOp : unsigned char { equal, remove, insert };

struct ScriptLimits {
    long exact_rounds = 256;  // largest D found with the greedy algorithm
    long max_cost = 0;        // rounds of one division before it splits where it got to; 0: from the size
};

std::vector<DiffOp> edit_script(std::span<const std::string_view> a, std::span<const std::string_view> b,
                                ScriptLimits limits = {});

}  // namespace netadmin::edit
