// The edit script (see diff_script.hpp). Lines are numbered first, so
// the algorithms compare integers; positions are longs, as in Myers'
// paper ("An O(ND) Difference Algorithm and Its Variations", 1986).
#include "edit/diff_script.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <optional>
#include <unordered_map>

namespace netadmin::edit {

namespace {

using Line = std::uint32_t;

struct Numbered {
    std::vector<Line> a;
    std::vector<Line> b;
    Line count = 0;  // distinct lines
};

Numbered numbered(std::span<const std::string_view> a, std::span<const std::string_view> b) {
    Numbered out;
    std::unordered_map<std::string_view, Line> number;
    number.reserve(a.size() + b.size());
    const auto put = [&](std::span<const std::string_view> lines, std::vector<Line>& into) {
        into.reserve(lines.size());
        for (const auto line : lines) {
            const auto [it, fresh] = number.try_emplace(line, out.count);
            if (fresh) ++out.count;
            into.push_back(it->second);
        }
    };
    put(a, out.a);
    put(b, out.b);
    return out;
}

// Myers' greedy forward search, the values of round d kept for the walk
// back (d+1 of them: diagonals -d, -d+2 … d). Nothing when the script is
// longer than `rounds` or the search has compared more than `budget` lines.
std::optional<std::vector<DiffOp>> greedy(std::span<const Line> a, std::span<const Line> b, long rounds, long budget) {
    const auto n = static_cast<long>(a.size());
    const auto m = static_cast<long>(b.size());
    std::vector<long> v(static_cast<std::size_t>(2 * rounds + 5), 0);
    const auto at = [rounds](long k) { return static_cast<std::size_t>(k + rounds + 2); };
    std::vector<long> trace;  // round d at d*(d+1)/2
    const auto kept = [&trace](long d, long k) {
        return trace[static_cast<std::size_t>(d * (d + 1) / 2 + (k + d) / 2)];
    };
    long end = -1;
    for (long d = 0; d <= rounds && end < 0; ++d) {
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)])) ? v[at(k + 1)] : v[at(k - 1)] + 1;
            long y = x - k;
            const long start = x;
            while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) ++x, ++y;
            budget -= 1 + x - start;
            v[at(k)] = x;
            if (x >= n && y >= m) {
                end = d;
                break;
            }
        }
        if (budget < 0) return std::nullopt;
        if (end < 0) {
            for (long k = -d; k <= d; k += 2) trace.push_back(v[at(k)]);
        }
    }
    if (end < 0) return std::nullopt;
    std::vector<DiffOp> script;
    long x = n;
    long y = m;
    for (long d = end; d > 0; --d) {
        const long k = x - y;
        const long previous_k = (k == -d || (k != d && kept(d - 1, k - 1) < kept(d - 1, k + 1))) ? k + 1 : k - 1;
        const long previous_x = kept(d - 1, previous_k);
        const long previous_y = previous_x - previous_k;
        for (; x > previous_x && y > previous_y; --x, --y) script.push_back(DiffOp::equal);
        script.push_back(x == previous_x ? DiffOp::insert : DiffOp::remove);
        x = previous_x;
        y = previous_y;
    }
    script.insert(script.end(), static_cast<std::size_t>(x), DiffOp::equal);
    std::reverse(script.begin(), script.end());
    return script;
}

constexpr long none = LONG_MIN;  // a diagonal not reached (yet)

struct Box {
    long a0, a1, b0, b1;  // [a0, a1) of a against [b0, b1) of b
};

struct Point {
    long x, y;
};

// Myers' linear-space division: the furthest-reaching paths forwards from
// the box's top left and backwards from its bottom right, one round of
// each at a time, in arrays indexed by the diagonal k = x - y.
class Divider {
public:
    Divider(std::span<const Line> a, std::span<const Line> b, long max_cost)
        : a_(a),
          b_(b),
          forward_(a.size() + b.size() + 3, none),
          backward_(a.size() + b.size() + 3, none),
          max_cost_(max_cost) {}

    // A point on a shortest path through the box (whose first and last
    // lines differ), or after max_cost rounds the point furthest from
    // either corner.
    Point split(const Box& box);

private:
    long& fv(long k) { return forward_[static_cast<std::size_t>(k + static_cast<long>(b_.size()) + 1)]; }
    long& bv(long k) { return backward_[static_cast<std::size_t>(k + static_cast<long>(b_.size()) + 1)]; }
    bool same(long x, long y) const { return a_[static_cast<std::size_t>(x)] == b_[static_cast<std::size_t>(y)]; }
    std::optional<Point> forward_round(const Box& box, bool check);
    std::optional<Point> backward_round(const Box& box, bool check);
    Point furthest(const Box& box);

    std::span<const Line> a_;
    std::span<const Line> b_;
    std::vector<long> forward_;
    std::vector<long> backward_;
    long max_cost_;
    long fmin_ = 0, fmax_ = 0, bmin_ = 0, bmax_ = 0;
};

// The next round's diagonals: one further out on each side, inside the box.
void widen(long& lo, long& hi, long dmin, long dmax) {
    lo = lo > dmin ? lo - 1 : lo + 1;
    hi = hi < dmax ? hi + 1 : hi - 1;
}

std::optional<Point> Divider::forward_round(const Box& box, bool check) {
    const long pmin = fmin_;
    const long pmax = fmax_;
    widen(fmin_, fmax_, box.a0 - box.b1, box.a1 - box.b0);
    for (long k = fmin_; k <= fmax_; k += 2) {
        long x = none;
        if (k - 1 >= pmin && k - 1 <= pmax && fv(k - 1) != none && fv(k - 1) < box.a1) x = fv(k - 1) + 1;
        if (k + 1 >= pmin && k + 1 <= pmax && fv(k + 1) != none && fv(k + 1) - (k + 1) < box.b1) {
            x = std::max(x, fv(k + 1));
        }
        fv(k) = x;
        if (x == none) continue;
        long y = x - k;
        while (x < box.a1 && y < box.b1 && same(x, y)) ++x, ++y;
        fv(k) = x;
        if (check && k >= bmin_ && k <= bmax_ && bv(k) != none && bv(k) <= x) return Point{x, y};
    }
    return std::nullopt;
}

std::optional<Point> Divider::backward_round(const Box& box, bool check) {
    const long pmin = bmin_;
    const long pmax = bmax_;
    widen(bmin_, bmax_, box.a0 - box.b1, box.a1 - box.b0);
    for (long k = bmin_; k <= bmax_; k += 2) {
        long x = none;
        if (k + 1 >= pmin && k + 1 <= pmax && bv(k + 1) != none && bv(k + 1) > box.a0) x = bv(k + 1) - 1;
        if (k - 1 >= pmin && k - 1 <= pmax && bv(k - 1) != none && bv(k - 1) - (k - 1) > box.b0) {
            x = x == none ? bv(k - 1) : std::min(x, bv(k - 1));
        }
        bv(k) = x;
        if (x == none) continue;
        long y = x - k;
        while (x > box.a0 && y > box.b0 && same(x - 1, y - 1)) --x, --y;
        bv(k) = x;
        if (check && k >= fmin_ && k <= fmax_ && fv(k) != none && fv(k) >= x) return Point{x, y};
    }
    return std::nullopt;
}

Point Divider::furthest(const Box& box) {
    Point best{box.a0, box.b0};
    long gone = 0;  // lines of the box behind the point
    for (long k = fmin_; k <= fmax_; k += 2) {
        if (fv(k) == none || 2 * fv(k) - k - box.a0 - box.b0 <= gone) continue;
        gone = 2 * fv(k) - k - box.a0 - box.b0;
        best = {fv(k), fv(k) - k};
    }
    for (long k = bmin_; k <= bmax_; k += 2) {
        if (bv(k) == none || box.a1 + box.b1 - (2 * bv(k) - k) <= gone) continue;
        gone = box.a1 + box.b1 - (2 * bv(k) - k);
        best = {bv(k), bv(k) - k};
    }
    return best;
}

Point Divider::split(const Box& box) {
    fmin_ = fmax_ = box.a0 - box.b0;
    bmin_ = bmax_ = box.a1 - box.b1;
    fv(fmin_) = box.a0;
    bv(bmin_) = box.a1;
    const bool odd = ((fmin_ - bmin_) & 1) != 0;
    for (long d = 1;; ++d) {
        if (auto found = forward_round(box, odd)) return *found;
        if (auto found = backward_round(box, !odd)) return *found;
        if (d >= max_cost_) return furthest(box);
    }
}

// Marks the lines of a that go and the lines of b that come.
void divide(std::span<const Line> a, std::span<const Line> b, long max_cost, std::vector<bool>& removed,
            std::vector<bool>& inserted) {
    Divider divider(a, b, max_cost);
    std::vector<Box> todo{{0, static_cast<long>(a.size()), 0, static_cast<long>(b.size())}};
    while (!todo.empty()) {
        auto box = todo.back();
        todo.pop_back();
        while (box.a0 < box.a1 && box.b0 < box.b1 &&
               a[static_cast<std::size_t>(box.a0)] == b[static_cast<std::size_t>(box.b0)]) {
            ++box.a0, ++box.b0;
        }
        while (box.a0 < box.a1 && box.b0 < box.b1 &&
               a[static_cast<std::size_t>(box.a1 - 1)] == b[static_cast<std::size_t>(box.b1 - 1)]) {
            --box.a1, --box.b1;
        }
        if (box.a0 == box.a1 || box.b0 == box.b1) {
            for (long x = box.a0; x < box.a1; ++x) removed[static_cast<std::size_t>(x)] = true;
            for (long y = box.b0; y < box.b1; ++y) inserted[static_cast<std::size_t>(y)] = true;
            continue;
        }
        const auto at = divider.split(box);
        todo.push_back({at.x, box.a1, at.y, box.b1});
        todo.push_back({box.a0, at.x, box.b0, at.y});
    }
}

// Lines found in one text only are removed or inserted whatever the rest
// does; the others are divided, and their marks copied back.
void divide_shared(std::span<const Line> a, std::span<const Line> b, Line count, long max_cost,
                   std::vector<bool>& removed, std::vector<bool>& inserted) {
    std::vector<unsigned char> seen(count, 0);  // bit 1: in a, bit 2: in b
    for (const auto line : a) seen[line] |= 1;
    for (const auto line : b) seen[line] |= 2;
    std::vector<Line> shared_a;
    std::vector<Line> shared_b;
    std::vector<std::size_t> from_a;
    std::vector<std::size_t> from_b;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (seen[a[i]] == 3)
            shared_a.push_back(a[i]), from_a.push_back(i);
        else
            removed[i] = true;
    }
    for (std::size_t j = 0; j < b.size(); ++j) {
        if (seen[b[j]] == 3)
            shared_b.push_back(b[j]), from_b.push_back(j);
        else
            inserted[j] = true;
    }
    if (max_cost <= 0)
        max_cost = std::max(256L, static_cast<long>(std::sqrt(double(shared_a.size() + shared_b.size()))));
    std::vector<bool> shared_removed(shared_a.size(), false);
    std::vector<bool> shared_inserted(shared_b.size(), false);
    divide(shared_a, shared_b, max_cost, shared_removed, shared_inserted);
    for (std::size_t i = 0; i < shared_a.size(); ++i) {
        if (shared_removed[i]) removed[from_a[i]] = true;
    }
    for (std::size_t j = 0; j < shared_b.size(); ++j) {
        if (shared_inserted[j]) inserted[from_b[j]] = true;
    }
}

// Between kept lines: the removed ones, then the inserted ones.
std::vector<DiffOp> from_marks(const std::vector<bool>& removed, const std::vector<bool>& inserted) {
    std::vector<DiffOp> script;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < removed.size() || j < inserted.size()) {
        for (; i < removed.size() && removed[i]; ++i) script.push_back(DiffOp::remove);
        for (; j < inserted.size() && inserted[j]; ++j) script.push_back(DiffOp::insert);
        if (i < removed.size() && j < inserted.size()) {
            script.push_back(DiffOp::equal);
            ++i, ++j;
        }
    }
    return script;
}

}  // namespace

std::vector<DiffOp> edit_script(std::span<const std::string_view> a_lines, std::span<const std::string_view> b_lines,
                                ScriptLimits limits) {
    const auto lines = numbered(a_lines, b_lines);
    const std::span<const Line> a(lines.a);
    const std::span<const Line> b(lines.b);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    const auto middle_a = a.subspan(prefix, a.size() - prefix - suffix);
    const auto middle_b = b.subspan(prefix, b.size() - prefix - suffix);
    std::vector<DiffOp> script(prefix, DiffOp::equal);
    const long budget = 8 * static_cast<long>(middle_a.size() + middle_b.size()) + 1'000'000;
    if (auto exact = greedy(middle_a, middle_b, limits.exact_rounds, budget)) {
        script.insert(script.end(), exact->begin(), exact->end());
    } else {
        std::vector<bool> removed(middle_a.size(), false);
        std::vector<bool> inserted(middle_b.size(), false);
        divide_shared(middle_a, middle_b, lines.count, limits.max_cost, removed, inserted);
        const auto middle = from_marks(removed, inserted);
        script.insert(script.end(), middle.begin(), middle.end());
    }
    script.insert(script.end(), suffix, DiffOp::equal);
    return script;
}

}  // namespace netadmin::edit
