// git blame's porcelain read line by line, and an entity's lines mapped to
// its fields (history/blame.hpp). The git runs themselves are tested by
// tests/scripts/test_collaboration.py.
#include "history/blame.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

// Two lines by one commit, a third not committed yet, as
// `git blame --line-porcelain` writes them.
constexpr std::string_view kPorcelain =
    "1111111111111111111111111111111111111111 1 1 2\n"
    "author Anna Andersson\n"
    "author-mail <anna@example.se>\n"
    "author-time 1704063600\n"
    "author-tz +0100\n"
    "committer Anna Andersson\n"
    "summary Kalix\n"
    "filename norrbotten.toml\n"
    "\t[[centre]]\n"
    "1111111111111111111111111111111111111111 2 2\n"
    "author Anna Andersson\n"
    "author-time 1704063600\n"
    "author-tz +0100\n"
    "filename norrbotten.toml\n"
    "\tid = \"kalix\"\n"
    "0000000000000000000000000000000000000000 3 3 1\n"
    "author Not Committed Yet\n"
    "author-time 1704153600\n"
    "author-tz -0500\n"
    "filename norrbotten.toml\n"
    "\tstarted = 2009   # year = not a key\n";

history::BlamedLine line(std::uint32_t number, std::string text) {
    history::BlamedLine blamed;
    blamed.line = number;
    blamed.text = std::move(text);
    blamed.origin.commit = std::string(40, 'a');
    return blamed;
}

}  // namespace

TEST_SUITE("history::blame") {
    TEST_CASE("the porcelain gives each line its commit, author and the author's date") {
        const auto lines = history::parse_line_porcelain(kPorcelain);
        REQUIRE(lines.size() == 3);
        CHECK(lines[0].line == 1);
        CHECK(lines[0].text == "[[centre]]");
        CHECK(lines[1].origin.author == "Anna Andersson");
        // 2023-12-31 23:00 UTC is 2024-01-01 in the author's +0100.
        CHECK(lines[1].origin.date == "2024-01-01");
        CHECK(lines[1].origin.committed());
        CHECK(lines[2].line == 3);
        CHECK_FALSE(lines[2].origin.committed());
        // 2024-01-02 00:00 UTC is still 2024-01-01 in -0500.
        CHECK(lines[2].origin.date == "2024-01-01");
    }

    TEST_CASE("an entity's fields run to the next table that is not its own") {
        const std::vector<history::BlamedLine> lines = {
            line(1, "[[centre]]"),
            line(2, "id = \"a\""),
            line(3, "[[centre]]"),
            line(4, "id = \"kalix\"  # the id"),
            line(5, "operations = ["),
            line(6, "  \"mvc\", \"bvc\","),
            line(7, "]"),
            line(8, "# started = 2001"),
            line(9, "[centre.registration]"),
            line(10, "deadline = 2024-05-01"),
            line(11, "[[meeting]]"),
            line(12, "id = \"m\""),
        };
        const auto fields = history::field_origins(lines, 3, "centre");
        REQUIRE(fields.size() == 3);
        CHECK(fields[0].key == "id");
        CHECK(fields[0].line == 4);
        CHECK(fields[1].key == "operations");
        CHECK(fields[2].key == "registration.deadline");
        CHECK(fields[2].line == 10);
    }
}
