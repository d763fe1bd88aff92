#include "catalog/problem.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace netadmin::catalog;

TEST_SUITE("catalog::Problem") {
    TEST_CASE("a problem keeps its key, its arguments as text, numbers or keys, and its place") {
        const auto problem = Problem(Msg::rem_file_errors, std::string("a.toml"), 3).at({"a.toml", 2, 1});
        CHECK(problem.msg() == Msg::rem_file_errors);
        REQUIRE(problem.args().size() == 2);
        CHECK(problem.args()[0] == Arg(std::string("a.toml")));
        CHECK(problem.args()[1] == Arg(std::int64_t{3}));
        REQUIRE(problem.where().has_value());
        CHECK(problem.where()->line == 2);
        CHECK(Problem(Msg::err_no_region, Msg::entity_centre, "kalix").args()[0] == Arg(Msg::entity_centre));
    }
    TEST_CASE("a problem without a place has none") {
        CHECK_FALSE(Problem(Msg::err_mailer_empty).where().has_value());
        CHECK(Problem(Msg::err_mailer_empty).args().empty());
    }
    TEST_CASE("a runtime key keeps what it was given") {
        const auto problem = Problem::runtime(Msg::err_expected_string, {std::string("name")});
        CHECK(problem == Problem(Msg::err_expected_string, "name"));
    }
}

TEST_SUITE("catalog::Result") {
    TEST_CASE("a result holds a value or a problem") {
        const Result<int> good = 7;
        REQUIRE(good.ok());
        CHECK(*good == 7);
        const Result<int> bad = Problem(Msg::err_mailer_empty);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.problem().msg() == Msg::err_mailer_empty);
    }
    TEST_CASE("a status is success or a problem") {
        const Status fine;
        CHECK(fine.ok());
        const Status broken = Problem(Msg::err_cannot_write, "x", "y");
        CHECK_FALSE(broken.ok());
        CHECK(broken.problem().args().size() == 2);
    }
}

TEST_SUITE("catalog::messages") {
    TEST_CASE("every key has a name and as many kinds as its patterns have arguments") {
        CHECK(key_name(Msg::err_cannot_write) == "err_cannot_write");
        CHECK(arity(Msg::err_cannot_write) == 2);
        CHECK(kinds(Msg::rem_days_before) == "n");
        CHECK(arity(Msg::err_mailer_empty) == 0);
    }
}
