// The unified diff of --dry-run: what diff -u prints, byte for byte.
#include "edit/diff.hpp"

#include <doctest/doctest.h>

#include <string>

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
