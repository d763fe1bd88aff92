#include "load/capacity.hpp"

#include <doctest/doctest.h>

using namespace netadmin::load;

TEST_SUITE("load::capacity") {
    TEST_CASE("headers at the start of a line are counted by kind") {
        EntityCounts counts;
        count_headers("[[person]]\nid = \"a\"\n\n  [[person]]\n[[meeting]]\n[[centre]]\n[[venue]]\n", counts);
        CHECK(counts.people == 2);
        CHECK(counts.meetings == 1);
        CHECK(counts.centres == 1);
        CHECK(counts.venues == 1);
        CHECK(counts.organisations == 0);
    }

    TEST_CASE("sub-tables, other kinds and headers inside a line are not counted") {
        EntityCounts counts;
        count_headers("[[programme.themes]]\n[[meetings]]\nx = \"[[person]]\"\n# [[centre]]\n", counts);
        CHECK(counts.programmes == 0);
        CHECK(counts.meetings == 0);
        CHECK(counts.people == 0);
        CHECK(counts.centres == 0);
    }

    TEST_CASE("counts add up over several files") {
        EntityCounts counts;
        count_headers("[[resource]]", counts);
        count_headers("[[resource]]\r\n[[network]]", counts);
        CHECK(counts.resources == 2);
        CHECK(counts.networks == 1);
    }
}
