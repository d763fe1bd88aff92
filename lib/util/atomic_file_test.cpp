// Tests for writing files atomically.
#include "util/atomic_file.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace netadmin::util;
using netadmin::testing::read_file;
using netadmin::testing::TempDir;

namespace {

unsigned permissions_of(const std::filesystem::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777U;
}

std::size_t entries_in(const std::filesystem::path& directory) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
    return count;
}

}  // namespace

TEST_SUITE("util::atomic_file") {
    TEST_CASE("a new file gets the content and mode 0644") {
        const TempDir dir;
        const auto target = dir.path() / "report.html";
        CHECK(write_file_atomically(target, "<p>hej</p>\n").ok());
        CHECK(read_file(target) == "<p>hej</p>\n");
        CHECK(permissions_of(target) == 0644U);
        CHECK(entries_in(dir.path()) == 1);  // no temporary file left behind
    }

    TEST_CASE("a private file gets mode 0600") {
        const TempDir dir;
        const auto target = dir.path() / "secret.txt";
        CHECK(write_file_atomically(target, "x", true).ok());
        CHECK(permissions_of(target) == 0600U);
    }

    TEST_CASE("an existing file is replaced whole") {
        const TempDir dir;
        const auto target = dir.write("out.txt", "old content that is longer than the new one");
        CHECK(write_file_atomically(target, "new").ok());
        CHECK(read_file(target) == "new");
        CHECK(entries_in(dir.path()) == 1);
    }

    TEST_CASE("empty and binary content is written byte for byte") {
        const TempDir dir;
        const auto empty = dir.path() / "empty";
        CHECK(write_file_atomically(empty, "").ok());
        CHECK(std::filesystem::exists(empty));
        CHECK(std::filesystem::file_size(empty) == 0);

        const std::string binary("a\0b\xFF", 4);
        const auto target = dir.path() / "binary";
        CHECK(write_file_atomically(target, binary).ok());
        CHECK(read_file(target) == binary);
    }

    TEST_CASE("a missing directory is reported with path and reason") {
        const TempDir dir;
        const auto target = dir.path() / "no-such-dir" / "out.txt";
        const auto error = write_file_atomically(target, "x");
        REQUIRE_FALSE(error.ok());
        CHECK(error.problem() == netadmin::catalog::Problem(netadmin::catalog::Msg::err_cannot_write, target.string(),
                                                            netadmin::catalog::Msg::os_no_such_file));
        CHECK_FALSE(std::filesystem::exists(target));
    }

    TEST_CASE("a failed rename leaves the target untouched and removes the temporary file") {
        const TempDir dir;
        const auto target = dir.path() / "occupied";
        std::filesystem::create_directories(target / "inside");
        const auto error = write_file_atomically(target, "x");
        REQUIRE_FALSE(error.ok());
        CHECK(error.problem().msg() == netadmin::catalog::Msg::err_cannot_write);
        CHECK(error.problem().args().at(0) == netadmin::catalog::Arg(target.string()));
        CHECK(std::filesystem::is_directory(target / "inside"));
        CHECK(entries_in(dir.path()) == 1);
    }
    TEST_CASE("a pipe or a device is written to in place, never replaced by a file") {
        const TempDir dir;
        const auto fifo = dir.path() / "out.fifo";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        // Opened for reading first, without blocking, so the writer can open it.
        const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        REQUIRE(reader >= 0);
        CHECK(write_file_atomically(fifo, "through the pipe").ok());
        char buffer[64] = {};
        const auto got = ::read(reader, buffer, sizeof buffer);
        ::close(reader);
        CHECK(std::string(buffer, got > 0 ? static_cast<std::size_t>(got) : 0) == "through the pipe");
        CHECK(std::filesystem::is_fifo(fifo));
        CHECK(entries_in(dir.path()) == 1);
    }
}
