// Switching edited files into place so that neither netadmin's change nor
// anybody else's is lost (used by write_edited, edit/safe_write.hpp).
//
// Every new text goes to a temporary file beside its target (fsync); a
// change to several files records them in the journal (edit/journal.hpp).
// Then, file by file, under the registry's lock:
//
// 1. the target is checked once more against what was read (identity and
//    bytes);
// 2. the new file and the target are exchanged atomically
//    (renameat2(RENAME_EXCHANGE)): the old file is now at the temporary
//    name, where nobody else writes;
// 3. that old file is checked to be exactly what was read: same inode,
//    size, modification time and bytes. A program that appended to it,
//    or renamed its own file over the target, in the moment between 1 and
//    2, is caught here.
//
// When every file is switched, netadmin waits until nobody holds one of the
// old files open any more (a write lease, at most a short while) and checks
// them all again: a program that opened the old file before the exchange
// and writes after it is caught too. If any check fails, every file is
// exchanged back, so the other program's text is where it was, and the edit
// is refused. Should the new file have been written to meanwhile (by a
// program that opened it after the exchange), its text is kept beside the
// target as `NAME.kept-PID` rather than dropped.
//
// Where the file system cannot exchange (EINVAL, ENOSYS), the target is
// checked just before a plain rename; the moment between the two remains.
// What no check can see: a program that holds the old file open and writes
// to it after netadmin has removed it (docs/reliability.md).
#pragma once

#include "catalog/problem.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::edit {

struct ReadFile;

struct Replacement {
    const ReadFile* read = nullptr;
    std::string text;
};

// Why `read` may not be replaced now (it changed, it is read-only), if so.
using Recheck = std::function<catalog::Status(const ReadFile&)>;

// All or nothing. `registry_dir` holds the journal of a change to several
// files (names in it are relative to it).
catalog::Status replace_files(const std::vector<Replacement>& files, const std::filesystem::path& registry_dir,
                              const Recheck& recheck);

}  // namespace netadmin::edit
