// Unified diffs (see diff.hpp): the hunks around the edit script of
// diff_script.hpp.
#include "edit/diff.hpp"

#include "edit/diff_script.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <vector>

namespace netadmin::edit {

namespace {

// Each line with its line end, if it has one.
std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        lines.push_back(text.substr(start, end - start));
        start = end;
    }
    return lines;
}

std::string range(std::size_t start, std::size_t count) {
    // A range of no lines names the line before it (diff -u's convention).
    if (count == 0) return fmt::format("{},0", start);
    if (count == 1) return fmt::format("{}", start + 1);
    return fmt::format("{},{}", start + 1, count);
}

void put_line(std::string& out, char mark, std::string_view line) {
    out += mark;
    out.append(line);
    if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// "--- a/NAME", "+++ b/NAME" and the hunks of the script.
std::string hunks(const std::vector<DiffOp>& script, const std::vector<std::string_view>& a,
                  const std::vector<std::string_view>& b, std::string_view name, int context) {
    // Positions in a and b before each step of the script.
    std::vector<std::size_t> pos_a(script.size() + 1, 0);
    std::vector<std::size_t> pos_b(script.size() + 1, 0);
    for (std::size_t i = 0; i < script.size(); ++i) {
        pos_a[i + 1] = pos_a[i] + (script[i] != DiffOp::insert ? 1 : 0);
        pos_b[i + 1] = pos_b[i] + (script[i] != DiffOp::remove ? 1 : 0);
    }
    const auto ctx = static_cast<std::size_t>(std::max(context, 0));
    std::string out = fmt::format("--- a/{}\n+++ b/{}\n", name, name);
    std::size_t i = 0;
    while (i < script.size()) {
        if (script[i] == DiffOp::equal) {
            ++i;
            continue;
        }
        // A hunk: from `ctx` lines before this change to `ctx` lines after
        // the last change that lies within 2*ctx equal lines of the one before.
        const std::size_t begin = i >= ctx ? i - ctx : 0;
        std::size_t end = i;
        std::size_t equal_run = 0;
        for (std::size_t j = i; j < script.size(); ++j) {
            if (script[j] == DiffOp::equal) {
                if (++equal_run > 2 * ctx) break;
            } else {
                equal_run = 0;
                end = j + 1;
            }
        }
        end = std::min(script.size(), end + ctx);
        out += fmt::format("@@ -{} +{} @@\n", range(pos_a[begin], pos_a[end] - pos_a[begin]),
                           range(pos_b[begin], pos_b[end] - pos_b[begin]));
        for (std::size_t j = begin; j < end; ++j) {
            switch (script[j]) {
                case DiffOp::equal: put_line(out, ' ', a[pos_a[j]]); break;
                case DiffOp::remove: put_line(out, '-', a[pos_a[j]]); break;
                case DiffOp::insert: put_line(out, '+', b[pos_b[j]]); break;
            }
        }
        i = end;
    }
    return out;
}

}  // namespace

FileDiff reviewed_diff(std::string_view old_text, std::string_view new_text, std::string_view name,
                       std::size_t max_changed, int context) {
    FileDiff out;
    if (old_text == new_text) return out;
    const auto a = split(old_text);
    const auto b = split(new_text);
    const auto script = edit_script(a, b);
    for (const auto op : script) {
        if (op == DiffOp::remove) ++out.removed;
        if (op == DiffOp::insert) ++out.inserted;
    }
    if (out.removed + out.inserted > max_changed) {
        out.summarised = true;
        return out;
    }
    out.text = hunks(script, a, b, name, context);
    return out;
}

std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view name, int context) {
    return reviewed_diff(old_text, new_text, name, std::numeric_limits<std::size_t>::max(), context).text;
}

}  // namespace netadmin::edit
