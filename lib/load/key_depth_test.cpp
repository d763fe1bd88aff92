// The depth pre-scan refuses keys deeper than the limit, at the part that
// goes past it, and never a valid file: dots in strings, comments, values
// and quoted keys are not parts.
#include "load/key_depth.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::load {
namespace {

std::string dotted(std::size_t parts, const std::string& part = "a") {
    std::string key = part;
    for (std::size_t i = 1; i < parts; ++i) key += "." + part;
    return key;
}

TEST_SUITE("load::find_too_deep_key") {
    TEST_CASE("ordinary registry text passes") {
        const std::string text =
            "# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z"
            "\n[settings.reminders]\ndays = [7, 1]\n[[centre]]\nid = \"kalix\"\nsince = 2018-05-01\n"
            "ratio = 1.5\nat = 07:32:00.999\n";
        CHECK_FALSE(find_too_deep_key(text, 3).has_value());
    }

    TEST_CASE("a key at the limit passes, one part more is refused") {
        CHECK_FALSE(find_too_deep_key(dotted(64) + " = 1\n").has_value());
        const auto found = find_too_deep_key("x = 1\n" + dotted(65) + " = 1\n");
        REQUIRE(found.has_value());
        CHECK(found->line == 2);
        CHECK(found->column == 129);
        CHECK(found->depth == 65);
    }

    TEST_CASE("a table header with half a million parts is refused at part 65") {
        const auto found = find_too_deep_key("[region]\n[" + dotted(500'000) + "]\n");
        REQUIRE(found.has_value());
        CHECK(found->line == 2);
        CHECK(found->column == 130);
        CHECK(found->depth == 65);
        const auto array = find_too_deep_key("[[" + dotted(65, "b") + "]]\n");
        REQUIRE(array.has_value());
        CHECK(array->column == 131);
    }

    TEST_CASE("header, inline tables, arrays and the key add up") {
        const std::string text = "[" + dotted(30) + "]\nx." + dotted(20) + " = [{ " + dotted(13) + " = 1 }]\n";
        CHECK_FALSE(find_too_deep_key(text).has_value());
        const auto found =
            find_too_deep_key("[" + dotted(30) + "]\nx." + dotted(20) + " = [{ " + dotted(14) + " = 1 }]\n");
        REQUIRE(found.has_value());
        CHECK(found->depth == 65);
        // Closed tables give their parts back.
        CHECK_FALSE(
            find_too_deep_key(dotted(40) + " = { " + dotted(20) + " = {} }\n" + dotted(60) + " = 2\n").has_value());
    }

    TEST_CASE("dots inside strings, quoted keys and comments are not parts") {
        const std::string dots(10'000, '.');
        CHECK_FALSE(find_too_deep_key("s = \"" + dots + "\"\nt = '" + dots + "'\n").has_value());
        CHECK_FALSE(find_too_deep_key("m = \"\"\"\n" + dots + "\\\"\"\"\n" + dots + "\"\"\"\"\nu = 1\n").has_value());
        CHECK_FALSE(find_too_deep_key("l = '''" + dots + "\n'' " + dots + "'''''\n").has_value());
        CHECK_FALSE(find_too_deep_key("\"" + dots + "\" = 1 # " + dots + "\n").has_value());
        const auto quoted = find_too_deep_key(dotted(65, "\"a.b\"") + " = 1\n");
        REQUIRE(quoted.has_value());
        CHECK(quoted->depth == 65);
    }

    TEST_CASE("a multi-line string that closes with extra quotes does not hide a later key") {
        const auto found = find_too_deep_key("m = \"\"\"x\"\"\"\"\"\n" + dotted(65) + " = 1\n");
        REQUIRE(found.has_value());
        CHECK(found->line == 2);
    }

    TEST_CASE("columns count characters") {
        const auto found = find_too_deep_key("\"åäö\".x.y = 1\n", 2);
        REQUIRE(found.has_value());
        CHECK(found->line == 1);
        CHECK(found->column == 9);
    }
}

}  // namespace
}  // namespace netadmin::load
