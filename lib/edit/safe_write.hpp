// Writing edited registry files without losing anybody's work.
//
// - read_for_edit() keeps the text as read and what the file was on disk
//   (device, inode, size, modification time, mode).
// - write_edited() writes the new text only when the file on disk is still
//   what was read: same inode, size and time, and the same bytes (compared
//   in full, not by a hash that could collide). Otherwise the edit is
//   refused, not merged over the other change: another editor, a `git pull`
//   or a second netadmin got there first. A file without any write
//   permission bit, or one this user may not write, is refused as read-only
//   (renaming over it would succeed, but the mode says "do not change").
//   The new files are switched in by exchange, checked again around the
//   switch, and a change to several files goes through a journal, so an
//   edit never lands half even when netadmin is killed (edit/transaction.hpp,
//   edit/journal.hpp). Each keeps the file's mode; a symbolic link is
//   followed and its target replaced.
// - RegistryLock serialises the editing netadmins of one registry:
//   `.netadmin.lock` in the registry folder (a dot file, so the loader skips
//   it), held with flock(2) from before the files are read until after they
//   are written. The kernel drops the lock when the process ends, however it
//   ends, so a crash leaves no stale lock; the file itself stays and is
//   harmless. A second netadmin waits for it a short while, then gives up
//   with a message saying so. Editors other than netadmin do not take the
//   lock; the check of write_edited() catches them.
#pragma once

#include "catalog/problem.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::edit {

struct ReadFile {
    std::filesystem::path path;  // as given; written through symbolic links
    std::string text;
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint64_t size = 0;
    std::int64_t modified_ns = 0;
    unsigned mode = 0644;
};

// The file as read, or why it could not be read (located at the file).
catalog::Result<ReadFile> read_for_edit(const std::filesystem::path& path);

// Written, or why not (the file is then as it was).
catalog::Status write_edited(const ReadFile& file, std::string_view text);

struct EditedFile {
    const ReadFile* file = nullptr;
    std::string text;
};
// All or nothing (see above). `registry_dir` holds the journal and the
// `.gitignore` line (edit/journal.hpp); empty: the first file's folder.
catalog::Status write_edited(const std::vector<EditedFile>& files, const std::filesystem::path& registry_dir = {});

// Why `file` may not be replaced now, if so: it changed since it was read,
// or it is read-only.
catalog::Status changed_since_read(const ReadFile& file);

inline constexpr std::string_view kLockFileName = ".netadmin.lock";

class RegistryLock {
public:
    // Waits up to `wait` for the lock of the registry in `directory`; the
    // lock, or why there is none (busy, or the folder cannot hold it).
    static catalog::Result<RegistryLock> acquire(const std::filesystem::path& directory,
                                                 std::chrono::milliseconds wait = std::chrono::seconds(5));

    RegistryLock(RegistryLock&& other) noexcept;
    RegistryLock& operator=(RegistryLock&&) = delete;
    RegistryLock(const RegistryLock&) = delete;
    RegistryLock& operator=(const RegistryLock&) = delete;
    ~RegistryLock();

private:
    explicit RegistryLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

}  // namespace netadmin::edit
