// A change to several registry files, all or nothing: the journal.
//
// A change that touches several files writes every new text to a
// temporary file beside its target first (`.NAME.netadmin-XXXXXX`, a dot
// file the loader skips), then records the intent in `.netadmin.journal`
// in the registry folder: for each file its name in the registry, the
// temporary and the target path, and the SHA-256 of the old and the new
// text, then a closing line. Only once the journal is on disk (fsync) are
// the files switched, one by one (edit/transaction.hpp); when all are, the
// journal goes.
//
// A run killed between two switches leaves the journal. The next netadmin,
// whatever the command, calls recover_registry() before it reads anything:
// under the registry's lock it finishes the change when every file holds
// either its new text or has it waiting at its temporary name, and undoes
// it otherwise (a file that is neither is left as it is: it was changed by
// someone else since). A journal without its closing line was cut short
// before any switch: its temporary files are simply removed. Stale
// temporary files of netadmin (a run killed while writing them) are removed
// too, by their name, under the lock.
//
// A command that cannot write in the registry folder (a read-only mount) reads
// one consistent version instead: the new one, reading a file not yet
// switched from its temporary name; the old one when the new texts are not
// all there; and the next command that can write finishes the change.
#pragma once

#include "catalog/problem.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::edit {

inline constexpr std::string_view kJournalFileName = ".netadmin.journal";

struct JournalEntry {
    std::string name;  // the file as the loader names it, relative to the registry folder
    std::filesystem::path temp;
    std::filesystem::path target;  // symbolic links resolved
    std::string old_hash;          // text_hash of the text read
    std::string new_hash;          // text_hash of the text written
};

struct Journal {
    std::vector<JournalEntry> entries;
    bool complete = false;  // the closing line was written
};

// SHA-256 of `text`, in hexadecimal.
std::string text_hash(std::string_view text);

std::string journal_text(const std::vector<JournalEntry>& entries);
Journal parse_journal(std::string_view text);

// A temporary file of netadmin's, by its name: `.NAME.netadmin-XXXXXX`, and
// `.NAME.toml.tmp-XXXXXX` of earlier versions.
bool is_temp_name(std::string_view filename);

// The one-line `.gitignore` pattern for the lock, the journal and the
// temporary files; ensure_gitignore() adds it to the registry's
// `.gitignore` when it is missing (best effort: a failure only means that
// `git status` may show them).
inline constexpr std::string_view kGitignoreLine = ".*netadmin*";
std::string gitignore_text();
void ensure_gitignore(const std::filesystem::path& registry_dir);

enum class Recovered {
    nothing,         // no journal
    rolled_forward,  // finished
    rolled_back,     // undone
    read_new,        // cannot write: read_instead gives the new version
    read_old,        // cannot write: read_instead gives the old version
    read_as_is,      // cannot write, and no consistent version is there
};

struct Recovery {
    Recovered done = Recovered::nothing;
    std::size_t files = 0;
    // For load::LoadOptions::read_instead: the path as the loader lists it
    // (registry_dir / name) -> the file to read.
    std::map<std::string, std::filesystem::path> read_instead;
};

// Before anything reads the registry in `registry_dir`: takes the lock when
// there is something to do (waits for a netadmin that is writing).
Recovery recover_registry(const std::filesystem::path& registry_dir);
// The same for a caller that holds the lock already. `writable` false acts
// as on a read-only mount.
Recovery recover_locked(const std::filesystem::path& registry_dir, bool writable = true);

}  // namespace netadmin::edit
