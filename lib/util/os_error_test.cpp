#include "util/os_error.hpp"

#include "catalog/stored.hpp"

#include <doctest/doctest.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

using namespace netadmin::catalog;
using netadmin::util::os_error;

TEST_SUITE("util::os_error") {
    TEST_CASE("the common errors are catalogue keys, so they are said in the user's language") {
        CHECK(os_error(ENOSPC) == Arg(Msg::os_no_space));
        CHECK(os_error(EACCES) == Arg(Msg::os_permission_denied));
        CHECK(os_error(ENOENT) == Arg(Msg::os_no_such_file));
        CHECK(os_error(EROFS) == Arg(Msg::os_read_only));
        CHECK(os_error(EMLINK) == Arg(Msg::os_too_many_links));
    }
    TEST_CASE("a rare one is the C library's text") {
        CHECK(os_error(ENOTSOCK) == Arg(std::string(std::strerror(ENOTSOCK))));
    }
    TEST_CASE("an error code of the standard library by its number") {
        CHECK(os_error(std::make_error_code(std::errc::no_space_on_device)) == Arg(Msg::os_no_space));
        CHECK(os_error(std::error_code(EACCES, std::system_category())) == Arg(Msg::os_permission_denied));
    }
    TEST_CASE("a problem with one is checked when compiling and kept in the log as a key") {
        const Problem problem(Msg::err_cannot_write, "a.toml", os_error(ENOSPC));
        REQUIRE(problem.args().size() == 2);
        CHECK(problem.args()[1] == Arg(Msg::os_no_space));
        CHECK(from_stored(to_stored(problem)) == problem);
    }
}
