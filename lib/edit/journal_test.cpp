// The journal of a change to several files: its text, the recovery of a
// change interrupted between two switches (finished, undone, or read as one
// version without write access), and the checks around each switch.
#include "edit/journal.hpp"

#include "edit/safe_write.hpp"
#include "edit/transaction.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace netadmin::edit;
using netadmin::testing::read_file;
using netadmin::testing::TempDir;

namespace fs = std::filesystem;

namespace {

ReadFile read(const fs::path& path) {
    auto result = read_for_edit(path);
    REQUIRE(result.ok());
    return std::move(result).value();
}

std::vector<std::string> dot_files(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const auto name = entry.path().filename().string();
        if (name.starts_with(".") && name != ".gitignore" && name != ".netadmin.lock") names.push_back(name);
    }
    return names;
}

// A change of a.toml and b.toml killed after a's switch: a holds its new
// text and its old one waits at a's temporary name (the exchange), b's new
// text waits at b's.
struct HalfDone {
    TempDir dir;
    fs::path a, b, a_temp, b_temp;
    explicit HalfDone(bool b_temp_present = true) {
        a = dir.write("a.toml", "a = 2\n");
        b = dir.write("b.toml", "b = 1\n");
        a_temp = dir.write(".a.toml.netadmin-AAAAAA", "a = 1\n");
        if (b_temp_present) b_temp = dir.write(".b.toml.netadmin-BBBBBB", "b = 2\n");
        if (!b_temp_present) b_temp = dir.path() / ".b.toml.netadmin-BBBBBB";
        const std::vector<JournalEntry> entries{{"a.toml", a_temp, a, text_hash("a = 1\n"), text_hash("a = 2\n")},
                                                {"b.toml", b_temp, b, text_hash("b = 1\n"), text_hash("b = 2\n")}};
        dir.write(std::string(kJournalFileName), journal_text(entries));
    }
};

}  // namespace

TEST_SUITE("edit::journal") {
    TEST_CASE("the journal reads back as written, and only whole") {
        const std::vector<JournalEntry> entries{{"sub/a\tb.toml", "/r/.a.netadmin-x", "/r/a", "11", "22"}};
        const auto text = journal_text(entries);
        const auto back = parse_journal(text);
        CHECK(back.complete);
        REQUIRE(back.entries.size() == 1);
        CHECK(back.entries[0].name == "sub/a\tb.toml");
        CHECK(back.entries[0].new_hash == "22");
        CHECK_FALSE(parse_journal(text.substr(0, text.size() - 1)).complete);
        CHECK_FALSE(parse_journal(text + "abort\n").complete);
        CHECK(parse_journal(text + "abort\n").entries.size() == 1);
        CHECK_FALSE(parse_journal("something else\n").complete);
    }

    TEST_CASE("netadmin's temporary files are known by their names") {
        CHECK(is_temp_name(".kalix.toml.netadmin-a1B2c3"));
        CHECK(is_temp_name(".kalix.toml.tmp-a1B2c3"));
        CHECK_FALSE(is_temp_name("kalix.toml.netadmin-a1B2c3"));
        CHECK_FALSE(is_temp_name(".kalix.toml"));
        CHECK_FALSE(is_temp_name(".netadmin.journal"));
        CHECK_FALSE(is_temp_name(".kalix.toml.swp"));
    }

    TEST_CASE("an interrupted change whose new texts are all there is finished") {
        HalfDone half;
        const auto recovery = recover_locked(half.dir.path());
        CHECK(recovery.done == Recovered::rolled_forward);
        CHECK(recovery.files == 2);
        CHECK(read_file(half.a) == "a = 2\n");
        CHECK(read_file(half.b) == "b = 2\n");
        CHECK(dot_files(half.dir.path()).empty());
    }

    TEST_CASE("an interrupted change with a new text missing is undone") {
        HalfDone half(false);
        const auto recovery = recover_locked(half.dir.path());
        CHECK(recovery.done == Recovered::rolled_back);
        CHECK(read_file(half.a) == "a = 1\n");
        CHECK(read_file(half.b) == "b = 1\n");
        CHECK(dot_files(half.dir.path()).empty());
    }

    TEST_CASE("without write access the new version is read, and nothing changes") {
        HalfDone half;
        const auto recovery = recover_locked(half.dir.path(), false);
        CHECK(recovery.done == Recovered::read_new);
        REQUIRE(recovery.read_instead.size() == 1);
        CHECK(recovery.read_instead.at((half.dir.path() / "b.toml").string()) == half.b_temp);
        CHECK(read_file(half.b) == "b = 1\n");
        CHECK(fs::exists(half.dir.path() / kJournalFileName));
    }

    TEST_CASE("without write access and a new text missing, the old version is read") {
        HalfDone half(false);
        const auto recovery = recover_locked(half.dir.path(), false);
        CHECK(recovery.done == Recovered::read_old);
        REQUIRE(recovery.read_instead.size() == 1);
        CHECK(recovery.read_instead.at((half.dir.path() / "a.toml").string()) == half.a_temp);
    }

    TEST_CASE("stale temporary files go, other dot files stay") {
        const TempDir dir;
        dir.write("a.toml", "a = 1\n");
        const auto stale = dir.write(".a.toml.netadmin-XYZ123", "a = 2\n");
        const auto old_stale = dir.write(".a.toml.tmp-XYZ123", "a = 3\n");
        const auto mine = dir.write(".a.toml.swp", "x");
        CHECK(recover_registry(dir.path()).done == Recovered::nothing);
        CHECK_FALSE(fs::exists(stale));
        CHECK_FALSE(fs::exists(old_stale));
        CHECK(fs::exists(mine));
    }

    TEST_CASE("a change to two files leaves neither journal nor temporary file, and a .gitignore") {
        const TempDir dir;
        const auto a = dir.write("a.toml", "a = 1\n");
        const auto b = dir.write("b.toml", "b = 1\n");
        const auto ra = read(a);
        const auto rb = read(b);
        CHECK(write_edited({{&ra, "a = 2\n"}, {&rb, "b = 2\n"}}, dir.path()).ok());
        CHECK(read_file(a) == "a = 2\n");
        CHECK(read_file(b) == "b = 2\n");
        CHECK(dot_files(dir.path()).empty());
        CHECK(read_file(dir.path() / ".gitignore") == gitignore_text());
        ensure_gitignore(dir.path());
        CHECK(read_file(dir.path() / ".gitignore") == gitignore_text());
    }

    TEST_CASE("a line appended between the last check and the switch is kept, and the edit refused") {
        const TempDir dir;
        const auto a = dir.write("a.toml", "a = 1\n");
        const auto b = dir.write("b.toml", "b = 1\n");
        const auto ra = read(a);
        const auto rb = read(b);
        // The check passes, then another program appends to b before the exchange.
        const Recheck late_append = [&](const ReadFile& file) {
            auto why = changed_since_read(file);
            if (file.path == b) std::ofstream(b, std::ios::app) << "# mine\n";
            return why;
        };
        const auto refused = replace_files({{&ra, "a = 2\n"}, {&rb, "b = 2\n"}}, dir.path(), late_append);
        CHECK_FALSE(refused.ok());
        CHECK(read_file(a) == "a = 1\n");
        CHECK(read_file(b) == "b = 1\n# mine\n");
        CHECK(dot_files(dir.path()).empty());
    }

    TEST_CASE("a file renamed over the target between the last check and the switch is kept") {
        const TempDir dir;
        const auto a = dir.write("a.toml", "a = 1\n");
        const auto ra = read(a);
        const Recheck late_rename = [&](const ReadFile& file) {
            auto why = changed_since_read(file);
            const auto theirs = dir.write("theirs", "a = 1\n# mine\n");
            fs::rename(theirs, a);
            return why;
        };
        CHECK_FALSE(replace_files({{&ra, "a = 2\n"}}, dir.path(), late_rename).ok());
        CHECK(read_file(a) == "a = 1\n# mine\n");
        CHECK(dot_files(dir.path()).empty());
    }
}
