// Safe writes: a file changed underneath or read-only is refused and left
// as it is; the mode is kept; the registry lock is exclusive between
// processes and released when its holder dies.
#include "edit/safe_write.hpp"

#include "edit/document.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace netadmin::edit;
using netadmin::i18n::Msg;
using netadmin::testing::read_file;
using netadmin::testing::TempDir;

namespace {

unsigned mode_of(const std::filesystem::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777U;
}

ReadFile read(const std::filesystem::path& path) {
    auto result = read_for_edit(path);
    REQUIRE(result.ok());
    return std::move(result).value();
}

}  // namespace

TEST_SUITE("edit::safe_write") {
    TEST_CASE("an unchanged file is replaced and keeps its mode") {
        const TempDir dir;
        const auto path = dir.write("kalix.toml", "a = 1\n");
        ::chmod(path.c_str(), 0640);
        const auto file = read(path);
        CHECK(file.text == "a = 1\n");
        CHECK(write_edited(file, "a = 2\n").ok());
        CHECK(read_file(path) == "a = 2\n");
        CHECK(mode_of(path) == 0640U);
    }

    TEST_CASE("a file changed on disk since it was read is refused and keeps the other change") {
        const TempDir dir;
        const auto path = dir.write("kalix.toml", "a = 1\n");
        const auto file = read(path);
        // Same size, another byte: caught by the content even when the time does not move.
        dir.write("kalix.toml", "a = 3\n");
        const auto refused = write_edited(file, "a = 2\n");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.problem().msg() == Msg::edit_changed_on_disk);
        CHECK(refused.problem().where()->file == path.string());
        CHECK(read_file(path) == "a = 3\n");

        // Replaced by a rename (an editor, git) with the very same text: another inode.
        const auto again = read(path);
        const auto other = dir.write("other.toml", "a = 3\n");
        std::filesystem::rename(other, path);
        CHECK_FALSE(write_edited(again, "a = 4\n").ok());
        CHECK(read_file(path) == "a = 3\n");

        // Gone altogether.
        const auto gone = read(path);
        std::filesystem::remove(path);
        CHECK_FALSE(write_edited(gone, "a = 5\n").ok());
        CHECK_FALSE(std::filesystem::exists(path));
    }

    TEST_CASE("a read-only file is refused") {
        const TempDir dir;
        const auto path = dir.write("kalix.toml", "a = 1\n");
        ::chmod(path.c_str(), 0444);
        const auto file = read(path);
        const auto refused = write_edited(file, "a = 2\n");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.problem().msg() == Msg::edit_read_only);
        CHECK(read_file(path) == "a = 1\n");
        CHECK(mode_of(path) == 0444U);
    }

    TEST_CASE("several files are written all or none") {
        const TempDir dir;
        const auto first = dir.write("a.toml", "a = 1\n");
        const auto second = dir.write("b.toml", "b = 1\n");
        const auto a = read(first);
        const auto b = read(second);
        dir.write("b.toml", "b = 9\n");
        CHECK_FALSE(write_edited({{&a, "a = 2\n"}, {&b, "b = 2\n"}}).ok());
        CHECK(read_file(first) == "a = 1\n");
        CHECK(read_file(second) == "b = 9\n");

        const auto b2 = read(second);
        CHECK(write_edited({{&a, "a = 2\n"}, {&b2, "b = 2\n"}}).ok());
        CHECK(read_file(first) == "a = 2\n");
        CHECK(read_file(second) == "b = 2\n");
    }

    TEST_CASE("a write cut short leaves the old file and no temporary file") {
        const TempDir dir;
        const auto path = dir.write("kalix.toml", "a = 1\n");
        const auto file = read(path);
        rlimit saved{};
        ::getrlimit(RLIMIT_FSIZE, &saved);
        auto* const previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = saved;
        lowered.rlim_cur = 1024;
        ::setrlimit(RLIMIT_FSIZE, &lowered);
        const auto failed = write_edited(file, std::string(std::size_t{64} * 1024, 'x'));
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.problem().msg() == Msg::err_cannot_write);
        CHECK(read_file(path) == "a = 1\n");
        std::size_t entries = 0;
        for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++entries;
        CHECK(entries == 1);
    }

    TEST_CASE("a symbolic link is followed: its target is replaced, the link stays") {
        const TempDir dir;
        const auto target = dir.write("real/kalix.toml", "a = 1\n");
        const auto link = dir.path() / "kalix.toml";
        std::filesystem::create_symlink(target, link);
        const auto file = read(link);
        CHECK(write_edited(file, "a = 2\n").ok());
        CHECK(std::filesystem::is_symlink(link));
        CHECK(read_file(target) == "a = 2\n");
    }

    TEST_CASE("the registry lock is exclusive between processes and dies with its holder") {
        const TempDir dir;
        int ready[2];
        REQUIRE(::pipe(ready) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            const auto held = RegistryLock::acquire(dir.path(), std::chrono::milliseconds(0));
            const char byte = held ? 'y' : 'n';
            (void)::write(ready[1], &byte, 1);
            ::pause();  // killed by the parent, lock still held
            ::_exit(0);
        }
        char byte = 0;
        REQUIRE(::read(ready[0], &byte, 1) == 1);
        CHECK(byte == 'y');
        const auto start = std::chrono::steady_clock::now();
        const auto busy = RegistryLock::acquire(dir.path(), std::chrono::milliseconds(300));
        CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(300));
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.problem().msg() == Msg::edit_locked);

        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        const auto free = RegistryLock::acquire(dir.path(), std::chrono::milliseconds(2000));
        CHECK(free.ok());
        CHECK(std::filesystem::exists(dir.path() / std::string(kLockFileName)));
        ::close(ready[0]);
        ::close(ready[1]);
    }

    TEST_CASE("a waiting editor gets the lock when the holder lets go") {
        const TempDir dir;
        auto acquired = RegistryLock::acquire(dir.path(), std::chrono::milliseconds(0));
        REQUIRE(acquired.ok());
        std::optional<RegistryLock> first(std::move(acquired).value());
        std::thread release([&first] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            first.reset();
        });
        const auto second = RegistryLock::acquire(dir.path(), std::chrono::seconds(5));
        release.join();
        CHECK(second.ok());
    }

    TEST_CASE("a folder where no lock file can be made is a clear error") {
        const TempDir dir;
        const auto error = RegistryLock::acquire(dir.path() / "missing", std::chrono::milliseconds(0));
        REQUIRE_FALSE(error.ok());
        CHECK(error.problem().msg() == Msg::edit_cannot_lock);
    }
}

TEST_SUITE("edit::safe_write") {
    TEST_CASE("two processes appending at the same moment both end up in the file") {
        const TempDir dir;
        const auto path = dir.write("people.toml", "# People.\n\n[[person]]\nid = \"a\"\n");
        const auto edit_once = [&](const std::string& id) {
            const auto lock = RegistryLock::acquire(dir.path(), std::chrono::seconds(10));
            if (!lock) return 2;
            const auto file = read_for_edit(path);
            if (!file) return 3;
            auto document = Document::parse(path.string(), file->text);
            if (!document) return 4;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));  // widen the window
            const auto edited = append_element(*document, "person", {{"id", id}});
            if (!edited) return 5;
            return write_edited(*file, *edited) ? 0 : 6;
        };
        std::vector<pid_t> children;
        for (const auto* id : {"b", "c", "d"}) {
            const pid_t child = ::fork();
            REQUIRE(child >= 0);
            if (child == 0) ::_exit(edit_once(id));
            children.push_back(child);
        }
        for (const auto child : children) {
            int status = 0;
            REQUIRE(::waitpid(child, &status, 0) == child);
            CHECK(WIFEXITED(status));
            CHECK(WEXITSTATUS(status) == 0);
        }
        const auto text = read_file(path);
        for (const auto* id : {"\"a\"", "\"b\"", "\"c\"", "\"d\""}) CHECK(text.find(id) != std::string::npos);
        CHECK(text.rfind("# People.\n\n[[person]]\nid = \"a\"\n\n[[person]]\nid = ", 0) == 0);
    }

    TEST_CASE("without the lock, the second writer is refused rather than lost") {
        const TempDir dir;
        const auto path = dir.write("people.toml", "[[person]]\nid = \"a\"\n");
        const auto first = read(path);
        const auto second = read(path);
        CHECK(write_edited(first, "[[person]]\nid = \"a\"\n\n[[person]]\nid = \"b\"\n").ok());
        const auto refused = write_edited(second, "[[person]]\nid = \"a\"\n\n[[person]]\nid = \"c\"\n");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.problem().msg() == Msg::edit_changed_on_disk);
        CHECK(read_file(path).find("\"b\"") != std::string::npos);
    }
}
