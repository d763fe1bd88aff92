// Unified diffs (see diff.hpp). The common start and end are set aside
// first, so an edit of one entity costs Myers' algorithm only over the
// lines that differ.
#include "edit/diff.hpp"

#include <fmt/format.h>

#include <algorithm>
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

enum class Op { equal, remove, insert };

// Myers' O((N+M)D) shortest edit script between a[0..n) and b[0..m).
std::vector<Op> shortest_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    const auto n = static_cast<long>(a.size());
    const auto m = static_cast<long>(b.size());
    const long max = n + m;
    std::vector<long> v(static_cast<std::size_t>(2 * max + 2), 0);
    std::vector<std::vector<long>> trace;
    const auto at = [max](long k) { return static_cast<std::size_t>(k + max); };
    for (long d = 0; d <= max; ++d) {
        trace.push_back(v);
        bool done = false;
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)])) ? v[at(k + 1)] : v[at(k - 1)] + 1;
            long y = x - k;
            while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
                ++x;
                ++y;
            }
            v[at(k)] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        if (done) break;
    }
    // Walk back through the saved rounds.
    std::vector<Op> script;
    long x = n;
    long y = m;
    for (auto d = static_cast<long>(trace.size()) - 1; d >= 0; --d) {
        const auto& round = trace[static_cast<std::size_t>(d)];
        const long k = x - y;
        const long previous_k = (k == -d || (k != d && round[at(k - 1)] < round[at(k + 1)])) ? k + 1 : k - 1;
        const long previous_x = d == 0 ? 0 : round[at(previous_k)];
        const long previous_y = previous_x - previous_k;
        while (x > previous_x && y > previous_y) {
            script.push_back(Op::equal);
            --x;
            --y;
        }
        if (d > 0) script.push_back(x == previous_x ? Op::insert : Op::remove);
        x = previous_x;
        y = previous_y;
    }
    std::reverse(script.begin(), script.end());
    return script;
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

}  // namespace

std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view name, int context) {
    if (old_text == new_text) return "";
    const auto a = split(old_text);
    const auto b = split(new_text);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    std::vector<Op> script(prefix, Op::equal);
    const std::vector<std::string_view> middle_a(a.begin() + static_cast<long>(prefix),
                                                 a.end() - static_cast<long>(suffix));
    const std::vector<std::string_view> middle_b(b.begin() + static_cast<long>(prefix),
                                                 b.end() - static_cast<long>(suffix));
    const auto middle = shortest_script(middle_a, middle_b);
    script.insert(script.end(), middle.begin(), middle.end());
    script.insert(script.end(), suffix, Op::equal);

    // Positions in a and b before each step of the script.
    std::vector<std::size_t> pos_a(script.size() + 1, 0);
    std::vector<std::size_t> pos_b(script.size() + 1, 0);
    for (std::size_t i = 0; i < script.size(); ++i) {
        pos_a[i + 1] = pos_a[i] + (script[i] != Op::insert ? 1 : 0);
        pos_b[i + 1] = pos_b[i] + (script[i] != Op::remove ? 1 : 0);
    }
    const auto ctx = static_cast<std::size_t>(std::max(context, 0));
    std::string out = fmt::format("--- a/{}\n+++ b/{}\n", name, name);
    std::size_t i = 0;
    while (i < script.size()) {
        if (script[i] == Op::equal) {
            ++i;
            continue;
        }
        // A hunk: from `ctx` lines before this change to `ctx` lines after
        // the last change that lies within 2*ctx equal lines of the one before.
        const std::size_t begin = i >= ctx ? i - ctx : 0;
        std::size_t end = i;
        std::size_t equal_run = 0;
        for (std::size_t j = i; j < script.size(); ++j) {
            if (script[j] == Op::equal) {
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
                case Op::equal: put_line(out, ' ', a[pos_a[j]]); break;
                case Op::remove: put_line(out, '-', a[pos_a[j]]); break;
                case Op::insert: put_line(out, '+', b[pos_b[j]]); break;
            }
        }
        i = end;
    }
    return out;
}

}  // namespace netadmin::edit
