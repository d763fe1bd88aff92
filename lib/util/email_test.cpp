#include "util/email.hpp"

#include <doctest/doctest.h>

using netadmin::util::is_valid_email;

TEST_SUITE("util::email") {
    TEST_CASE("ordinary addresses are accepted") {
        CHECK(is_valid_email("nina.alakulju@norrbotten.se"));
        CHECK(is_valid_email("a+b@sub.example.org"));
    }
    TEST_CASE("addresses that could split a mail header are refused") {
        CHECK_FALSE(is_valid_email("a@b.se\nBcc: x@y.se"));
        CHECK_FALSE(is_valid_email("a@b.se, c@d.se"));
        CHECK_FALSE(is_valid_email("<a@b.se>"));
        CHECK_FALSE(is_valid_email("Nina <a@b.se>"));
    }
    TEST_CASE("malformed addresses are refused") {
        for (const auto* bad :
             {"", "nina", "@norrbotten.se", "nina@", "nina@norrbotten", "nina@@x.se", "nina@x..se", ".nina@x.se",
              "nina.@x.se", "ni..na@x.se", "nina@-x.se", "nina@x.s", "nina@x.s3", "nina alakulju@x.se", "nina@x.se."}) {
            CAPTURE(bad);
            CHECK_FALSE(is_valid_email(bad));
        }
    }
}
