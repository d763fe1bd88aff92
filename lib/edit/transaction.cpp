// Switching edited files into place, all or nothing, without losing a
// concurrent writer's text (see transaction.hpp and journal.hpp).
#include "edit/transaction.hpp"

#include "edit/journal.hpp"
#include "edit/safe_write.hpp"
#include "util/atomic_file.hpp"
#include "util/os_error.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace netadmin::edit {

namespace fs = std::filesystem;
using catalog::Msg;

namespace {

enum class Stage { written, exchanged, renamed };

struct Staged {
    const ReadFile* read = nullptr;
    std::string text;
    fs::path target;  // symbolic links resolved
    fs::path temp;
    std::uint64_t new_inode = 0;
    Stage stage = Stage::written;
};

catalog::Problem located(const fs::path& path, catalog::Problem problem) {
    return std::move(problem).at(catalog::Location{path.string(), 0, 0});
}

catalog::Problem cannot_write(const fs::path& path, int error) {
    return located(path, catalog::Problem(Msg::err_cannot_write, path.string(), util::os_error(error)));
}

void sync_directory(const fs::path& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

fs::path resolved(const fs::path& path) {
    std::error_code error;
    auto target = fs::canonical(path, error);
    return error ? path : target;
}

// The new text in `.NAME.netadmin-XXXXXX` beside the target, on disk.
catalog::Status stage(Staged& file) {
    auto directory = file.target.parent_path();
    if (directory.empty()) directory = ".";
    std::string temp = (directory / ("." + file.target.filename().string() + ".netadmin-XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) return cannot_write(file.target, errno);
    struct stat info {};
    bool ok = util::write_all(fd, file.text) && ::fchmod(fd, static_cast<mode_t>(file.read->mode & 07777U)) == 0 &&
              ::fsync(fd) == 0 && ::fstat(fd, &info) == 0;
    int error = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (!ok) {
        ::unlink(temp.c_str());
        return cannot_write(file.target, error);
    }
    file.temp = temp;
    file.new_inode = info.st_ino;
    return {};
}

bool same_as_read(const fs::path& path, const ReadFile& read) {
    const auto now = read_for_edit(path);
    if (!now) return false;
    const auto& disk = *now;
    return disk.device == read.device && disk.inode == read.inode && disk.size == read.size &&
           disk.modified_ns == read.modified_ns && disk.text == read.text;
}

bool holds_new(const Staged& file) {
    const auto now = read_for_edit(file.temp);
    return now && now->inode == file.new_inode && now->text == file.text;
}

// A program that appends to the file by its name (a log-like writer) may
// have appended to netadmin's new file in the moment it stood at the
// target's name. Once the old file is back, what it appended there is
// appended to the old file too, so no line is lost; true when that is all
// the new file holds beyond netadmin's text. Anything else is kept aside.
bool carry_appended(const Staged& file) {
    const auto now = read_for_edit(file.temp);
    if (!now || now->inode != file.new_inode || !now->text.starts_with(file.text)) return false;
    const std::string_view appended = std::string_view(now->text).substr(file.text.size());
    const int fd = ::open(file.target.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = util::write_all(fd, appended) && ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

// Waits, a short while at most, until no other process has `path` open: a
// program that opened the old file before the exchange writes into it
// until it closes it. A write lease is granted only then. Where leases are
// not available the checks after the wait still run.
void wait_until_closed(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    for (int attempt = 0; attempt < 200; ++attempt) {
        if (::fcntl(fd, F_SETLEASE, F_WRLCK) == 0) {
            ::fcntl(fd, F_SETLEASE, F_UNLCK);
            break;
        }
        if (errno != EAGAIN) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ::close(fd);
}

catalog::Status switch_one(Staged& file, const Recheck& recheck) {
    if (auto why = recheck(*file.read); !why) return why;
    if (::renameat2(AT_FDCWD, file.temp.c_str(), AT_FDCWD, file.target.c_str(), RENAME_EXCHANGE) == 0) {
        file.stage = Stage::exchanged;
        if (!same_as_read(file.temp, *file.read))
            return located(file.read->path,
                           catalog::Problem(Msg::edit_changed_while_writing, file.read->path.string()));
        return {};
    }
    const int error = errno;
    if (error != EINVAL && error != ENOSYS && error != EOPNOTSUPP) return cannot_write(file.target, error);
    // No exchange on this file system: the check above was the last one.
    if (::rename(file.temp.c_str(), file.target.c_str()) != 0) return cannot_write(file.target, errno);
    file.stage = Stage::renamed;
    return {};
}

// Every old file, once nobody writes to it any more, still what was read.
catalog::Status settle(const std::vector<Staged>& files) {
    for (const auto& file : files) {
        if (file.stage != Stage::exchanged) continue;
        wait_until_closed(file.temp);
        if (!same_as_read(file.temp, *file.read))
            return located(file.read->path,
                           catalog::Problem(Msg::edit_changed_while_writing, file.read->path.string()));
    }
    return {};
}

// Puts every file back as it was; a problem (to report instead of `why`)
// when a text written meanwhile into a new file had to be kept aside.
catalog::Status undo(std::vector<Staged>& files) {
    catalog::Status kept;
    for (auto it = files.rbegin(); it != files.rend(); ++it) {
        auto& file = *it;
        if (file.stage == Stage::exchanged) {
            ::renameat2(AT_FDCWD, file.temp.c_str(), AT_FDCWD, file.target.c_str(), RENAME_EXCHANGE);
        } else if (file.stage == Stage::renamed) {
            // The old file is gone: its text goes back the same way.
            if (auto again = read_for_edit(file.target); again && again->text == file.text) {
                Staged back{file.read, file.read->text, file.target, {}, 0, Stage::written};
                if (stage(back)) ::rename(back.temp.c_str(), file.target.c_str());
            }
            continue;
        }
        if (file.stage == Stage::written || holds_new(file) || carry_appended(file)) {
            ::unlink(file.temp.c_str());
            continue;
        }
        auto aside = file.target;
        aside += ".kept-" + std::to_string(::getpid());
        if (::rename(file.temp.c_str(), aside.c_str()) == 0 && kept) {
            kept = located(file.read->path,
                           catalog::Problem(Msg::edit_conflict_kept, file.read->path.string(), aside.string()));
        }
    }
    return kept;
}

catalog::Status write_journal(const fs::path& path, const std::vector<Staged>& files, const fs::path& registry_dir) {
    std::vector<JournalEntry> entries;
    for (const auto& file : files) {
        entries.push_back({file.read->path.lexically_relative(registry_dir).generic_string(), file.temp, file.target,
                           text_hash(file.read->text), text_hash(file.text)});
        sync_directory(file.target.parent_path());
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return cannot_write(path, errno);
    bool ok = util::write_all(fd, journal_text(entries)) && ::fsync(fd) == 0;
    const int error = errno;
    ok = ::close(fd) == 0 && ok;
    if (!ok) {
        ::unlink(path.c_str());
        return cannot_write(path, error);
    }
    sync_directory(registry_dir);
    return {};
}

// Marks the journal as being undone: a run killed now is undone, not
// finished, by the next command.
void mark_abort(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0) return;
    util::write_all(fd, "abort\n");
    ::fsync(fd);
    ::close(fd);
}

catalog::Status switch_all(std::vector<Staged>& files, const Recheck& recheck) {
    for (auto& file : files) {
        if (auto why = switch_one(file, recheck); !why) return why;
    }
    return settle(files);
}

}  // namespace

catalog::Status replace_files(const std::vector<Replacement>& replacements, const fs::path& registry_dir,
                              const Recheck& recheck) {
    std::vector<Staged> files;
    for (const auto& replacement : replacements) {
        files.push_back({replacement.read, replacement.text, resolved(replacement.read->path), {}, 0, Stage::written});
        if (auto failed = stage(files.back()); !failed) {
            files.pop_back();
            for (const auto& file : files) ::unlink(file.temp.c_str());
            return failed;
        }
    }
    const bool journalled = files.size() > 1;
    const auto journal = registry_dir / kJournalFileName;
    if (journalled) {
        if (auto failed = write_journal(journal, files, registry_dir); !failed) {
            for (const auto& file : files) ::unlink(file.temp.c_str());
            return failed;
        }
    }
    if (auto why = switch_all(files, recheck); !why) {
        if (journalled) mark_abort(journal);
        auto kept = undo(files);
        if (journalled) ::unlink(journal.c_str());
        return kept ? why : kept;
    }
    for (const auto& file : files) {
        if (file.stage == Stage::exchanged) ::unlink(file.temp.c_str());
    }
    if (journalled) ::unlink(journal.c_str());
    for (const auto& file : files) sync_directory(file.target.parent_path());
    if (journalled) sync_directory(registry_dir);
    return {};
}

}  // namespace netadmin::edit
