// A write that fails half way (full disk, file size limit) must leave the
// file that was there before byte for byte, and no temporary file behind.
// The full disk is real: a 64 KiB tmpfs, when the test may mount one (root
// with CAP_SYS_ADMIN); otherwise that case says it was skipped. The file
// size limit (RLIMIT_FSIZE) makes write() fail for any user.
#include "util/atomic_file.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <string>

#include <sys/mount.h>
#include <sys/resource.h>

using namespace netadmin::util;
using netadmin::testing::read_file;
using netadmin::testing::TempDir;

namespace {

std::size_t entries_in(const std::filesystem::path& directory) {
    std::size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
    return count;
}

// Unmounts on scope exit, before the TempDir holding the mount point goes.
struct Mount {
    std::filesystem::path point;
    bool mounted = false;
    Mount(std::filesystem::path where, const char* options) : point(std::move(where)) {
        std::filesystem::create_directory(point);
        mounted = ::mount("tmpfs", point.c_str(), "tmpfs", 0, options) == 0;
    }
    ~Mount() {
        if (mounted) ::umount(point.c_str());
    }
    Mount(const Mount&) = delete;
    Mount& operator=(const Mount&) = delete;
};

// Lowers the file size limit and ignores SIGXFSZ (so write() fails with
// EFBIG instead of killing the process); restores both on scope exit.
struct FileSizeLimit {
    rlimit saved{};
    void (*saved_handler)(int) = nullptr;
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &saved);
        saved_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = saved;
        lowered.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, saved_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
};

}  // namespace

TEST_SUITE("util::atomic_file") {
    TEST_CASE("a full disk leaves the old file intact") {
        const TempDir dir;
        const Mount disk(dir.path() / "small", "size=64k,mode=0755");
        if (!disk.mounted) {
            MESSAGE("skipped: cannot mount a 64 KiB tmpfs here (" << std::strerror(errno)
                                                                  << "); the file size limit case still runs");
            return;
        }
        const auto target = disk.point / "report.html";
        const std::string old_content(std::size_t{20} * 1024, 'o');
        REQUIRE(write_file_atomically(target, old_content).ok());

        // 20 KiB are used; 60 KiB more do not fit next to them.
        const auto error = write_file_atomically(target, std::string(std::size_t{60} * 1024, 'n'));
        REQUIRE_FALSE(error.ok());
        CHECK(error.problem().args().at(1) == netadmin::catalog::Arg(netadmin::catalog::Msg::os_no_space));
        CHECK(std::get<std::string>(error.problem().args().at(0)).find("report.html") != std::string::npos);
        CHECK(read_file(target) == old_content);
        CHECK(entries_in(disk.point) == 1);  // the temporary file is gone
    }

    TEST_CASE("a write cut short by the file size limit leaves the old file intact") {
        const TempDir dir;
        const auto target = dir.path() / "calendar.ics";
        const std::string old_content = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        REQUIRE(write_file_atomically(target, old_content, true).ok());
        netadmin::catalog::Status error;
        {
            const FileSizeLimit limit(4096);
            error = write_file_atomically(target, std::string(std::size_t{64} * 1024, 'x'), true);
        }
        REQUIRE_FALSE(error.ok());
        CHECK(error.problem().args().at(1) == netadmin::catalog::Arg(netadmin::catalog::Msg::os_file_too_large));
        CHECK(read_file(target) == old_content);
        CHECK(entries_in(dir.path()) == 1);
    }

    TEST_CASE("a target in a missing directory is an error, not a crash") {
        const TempDir dir;
        const auto error = write_file_atomically(dir.path() / "no" / "such" / "out.csv", "a\r\n");
        REQUIRE_FALSE(error.ok());
        CHECK(error.problem().args().at(1) == netadmin::catalog::Arg(netadmin::catalog::Msg::os_no_such_file));
    }
}
