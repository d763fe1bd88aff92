// The unified diff of --dry-run: what diff -u prints, byte for byte; and
// the edit script under it, checked against a shortest one.
#include "edit/diff.hpp"

#include "edit/diff_script.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using netadmin::edit::unified_diff;

namespace {

std::string numbered(int from, int to) {
    std::string text;
    for (int i = from; i <= to; ++i) text += "line " + std::to_string(i) + "\n";
    return text;
}

}  // namespace

TEST_SUITE("edit::diff") {
    TEST_CASE("equal texts give no diff") {
        CHECK(unified_diff("a\nb\n", "a\nb\n", "x.toml").empty());
        CHECK(unified_diff("", "", "x.toml").empty());
    }

    TEST_CASE("one changed line with three lines of context") {
        auto after = numbered(1, 10);
        after.replace(after.find("line 5"), 6, "LINE 5");
        CHECK(unified_diff(numbered(1, 10), after, "data/kalix.toml") ==
              "--- a/data/kalix.toml\n+++ b/data/kalix.toml\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n"
              "-line 5\n+LINE 5\n line 6\n line 7\n line 8\n");
    }

    TEST_CASE("changes close together share a hunk, changes far apart do not") {
        auto near = numbered(1, 20);
        near.replace(near.find("line 5\n"), 6, "five");
        near.replace(near.find("line 11\n"), 7, "eleven");
        const auto one = unified_diff(numbered(1, 20), near, "f");
        CHECK(one.find("@@ -2,13 +2,13 @@\n") != std::string::npos);
        auto far = numbered(1, 20);
        far.replace(far.find("line 2\n"), 6, "two");
        far.replace(far.find("line 19\n"), 7, "nineteen");
        const auto two = unified_diff(numbered(1, 20), far, "f");
        CHECK(two ==
              "--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n line 4\n line 5\n"
              "@@ -16,5 +16,5 @@\n line 16\n line 17\n line 18\n-line 19\n+nineteen\n line 20\n");
    }

    TEST_CASE("lines added at the end and removed from the start") {
        CHECK(unified_diff("a\nb\n", "a\nb\nc\nd\n", "f") == "--- a/f\n+++ b/f\n@@ -1,2 +1,4 @@\n a\n b\n+c\n+d\n");
        CHECK(unified_diff("a\nb\nc\n", "c\n", "f") == "--- a/f\n+++ b/f\n@@ -1,3 +1 @@\n-a\n-b\n c\n");
        CHECK(unified_diff("", "new\n", "f") == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+new\n");
        CHECK(unified_diff("old\n", "", "f") == "--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-old\n");
    }

    TEST_CASE("a missing final newline is marked") {
        CHECK(unified_diff("a\nb", "a\nc", "f") ==
              "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
              "\\ No newline at end of file\n");
        CHECK(unified_diff("a\nb", "a\nb\n", "f") ==
              "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
    }

    TEST_CASE("UTF-8 and CRLF lines pass through as they are") {
        CHECK(unified_diff("namn = \"Västerås\"\r\nö = 1\r\n", "namn = \"Åre\"\r\nö = 1\r\n", "f") ==
              "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-namn = \"Västerås\"\r\n+namn = \"Åre\"\r\n ö = 1\r\n");
    }

    TEST_CASE("an insertion among equal lines is found as one, not as a rewrite") {
        const std::string before = "a\nb\nc\nb\nc\n";
        const std::string after = "a\nb\nc\nx\nb\nc\n";
        CHECK(unified_diff(before, after, "f") == "--- a/f\n+++ b/f\n@@ -1,5 +1,6 @@\n a\n b\n c\n+x\n b\n c\n");
        const std::string moved_before = "1\n2\n3\n4\n5\n";
        const std::string moved_after = "2\n3\n4\n5\n1\n";
        CHECK(unified_diff(moved_before, moved_after, "f") ==
              "--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n-1\n 2\n 3\n 4\n 5\n+1\n");
    }
}

namespace {

using netadmin::edit::DiffOp;
using netadmin::edit::edit_script;
using netadmin::edit::ScriptLimits;

// Lines of one or two letters from a small alphabet, so that equal lines
// recur and the shortest script is often not the only one.
std::vector<std::string> random_lines(std::mt19937& random, std::size_t count, unsigned alphabet) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < count; ++i) lines.push_back(std::string(1, char('a' + random() % alphabet)) + "\n");
    return lines;
}

std::vector<std::string> edited(std::mt19937& random, std::vector<std::string> lines, unsigned edits,
                                unsigned alphabet) {
    for (unsigned e = 0; e < edits; ++e) {
        const auto op = random() % 3;
        const auto line = std::string(1, char('a' + random() % (alphabet + 1))) + "\n";
        if (op == 0 && !lines.empty()) {
            lines.erase(lines.begin() + static_cast<long>(random() % lines.size()));
        } else if (op == 1) {
            lines.insert(lines.begin() + static_cast<long>(random() % (lines.size() + 1)), line);
        } else if (!lines.empty()) {
            lines[random() % lines.size()] = line;
        }
    }
    return lines;
}

std::vector<std::string_view> views(const std::vector<std::string>& lines) { return {lines.begin(), lines.end()}; }

// The script applied to a gives b: kept lines are equal, and every line is used once.
bool turns_into(const std::vector<DiffOp>& script, const std::vector<std::string>& a,
                const std::vector<std::string>& b) {
    std::size_t i = 0;
    std::size_t j = 0;
    for (const auto op : script) {
        if (op == DiffOp::equal) {
            if (i >= a.size() || j >= b.size() || a[i] != b[j]) return false;
            ++i, ++j;
        } else if (op == DiffOp::remove) {
            ++i;
        } else {
            ++j;
        }
    }
    return i == a.size() && j == b.size();
}

std::size_t length(const std::vector<DiffOp>& script) {
    return static_cast<std::size_t>(
        std::count_if(script.begin(), script.end(), [](DiffOp op) { return op != DiffOp::equal; }));
}

// The shortest script's length from the longest common subsequence, by dynamic programming.
std::size_t shortest(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::vector<std::size_t>> common(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;) {
        for (std::size_t j = b.size(); j-- > 0;) {
            common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    return a.size() + b.size() - 2 * common[0][0];
}

}  // namespace

TEST_SUITE("edit::diff_script") {
    TEST_CASE("random edits: every script turns a into b, the exact ones are shortest") {
        std::mt19937 random(20261207);
        for (int round = 0; round < 3000; ++round) {
            const auto alphabet = 1 + static_cast<unsigned>(random() % 5);
            const auto a = random_lines(random, random() % (round % 2 == 0 ? 12 : 60), alphabet);
            const auto b = edited(random, a, static_cast<unsigned>(random() % (round % 2 == 0 ? 6 : 30)), alphabet);
            const auto old_lines = views(a);
            const auto new_lines = views(b);
            const auto greedy = edit_script(old_lines, new_lines, ScriptLimits{100000, 0});
            const auto divided = edit_script(old_lines, new_lines, ScriptLimits{0, 0});
            const auto cut = edit_script(old_lines, new_lines, ScriptLimits{0, 1 + round % 3});
            REQUIRE(turns_into(greedy, a, b));
            REQUIRE(turns_into(divided, a, b));
            REQUIRE(turns_into(cut, a, b));
            REQUIRE(length(greedy) == shortest(a, b));
            REQUIRE(length(divided) == length(greedy));
            REQUIRE(length(cut) >= length(greedy));
        }
    }

    TEST_CASE("a large edit gives the diff a small one would, or its summary") {
        // 2,000 changed lines are past the greedy search; the shortest script is the only one.
        std::string before;
        std::string after;
        for (int i = 0; i < 3000; ++i) {
            before += "id = \"line-" + std::to_string(i) + "\"\n";
            after += i % 3 == 0 ? "id = \"renamed-" + std::to_string(i) + "\"\n"
                                : "id = \"line-" + std::to_string(i) + "\"\n";
        }
        std::string expected = "--- a/f\n+++ b/f\n@@ -1,3000 +1,3000 @@\n";
        for (int i = 0; i < 3000; ++i) {
            const auto old_line = "id = \"line-" + std::to_string(i) + "\"\n";
            expected += i % 3 == 0 ? "-" + old_line + "+id = \"renamed-" + std::to_string(i) + "\"\n" : " " + old_line;
        }
        const auto diff = unified_diff(before, after, "f");
        CHECK(diff == expected);
        const auto reviewed = netadmin::edit::reviewed_diff(before, after, "f", 100);
        CHECK(reviewed.summarised);
        CHECK(reviewed.removed == 1000);
        CHECK(reviewed.inserted == 1000);
        CHECK(reviewed.text.empty());
        CHECK(netadmin::edit::reviewed_diff(before, after, "f", 2000).text == diff);
    }

    TEST_CASE("a reordered text of 20,000 lines is diffed in bounded time") {
        // Every line moved: the search gives up at its cost limit and
        // still gives a script that turns a into b.
        std::vector<std::string> a;
        for (int i = 0; i < 20000; ++i) a.push_back(std::to_string(i % 5000) + "\n");
        std::vector<std::string> b(a.rbegin(), a.rend());
        const auto script = edit_script(views(a), views(b));
        CHECK(turns_into(script, a, b));
    }
}
