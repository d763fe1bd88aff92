// What add, set, remove and rename share (cli/commands/{add,set,remove,
// rename}.cpp): --dry-run, and one run of an edit — take the registry's
// lock, read every file, compute and validate the edit in memory
// (edit/registry_edit.hpp), then show the diff or write the files
// atomically (edit/safe_write.hpp). The diff is printed with --dry-run and
// when stdout is a terminal; otherwise one line says what was done.
#pragma once

#include "context.hpp"

#include "edit/registry_edit.hpp"
#include "edit/safe_write.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::cli {

struct EditOptions {
    bool dry_run = false;
    std::vector<std::string> changes;  // FIELD=VALUE, FIELD+=VALUE, FIELD-=VALUE
};

void add_dry_run_option(CLI::App& command, EditOptions& options);

// The changes given, or nothing once a usage error has been printed.
std::optional<std::vector<edit::Change>> parse_changes(const Context& context, const std::vector<std::string>& given);

using EditStep = std::function<edit::EditOutcome(const edit::RegistryEditor&)>;
// What the one-line summary says, once the edit is written.
using EditSummary = std::function<std::string(const edit::Edited&, const std::string& file)>;

int run_edit(const Context& context, bool dry_run, const EditStep& step, const EditSummary& summary);

// The two halves of run_edit, for a command that does more between them
// (import): the registry read under its lock (none for a dry run), and the
// outcome shown, or written.
struct EditSession {
    std::optional<edit::RegistryLock> lock;
    std::vector<edit::ReadFile> read;
    std::optional<edit::RegistryEditor> editor;
};
// Nothing once the problems have been printed.
std::unique_ptr<EditSession> open_edit(const Context& context, bool dry_run);
// `summary_when_dry`: print the summary after the diff of a dry run too.
int finish_edit(const Context& context, const EditSession& session, const edit::EditOutcome& outcome, bool dry_run,
                const EditSummary& summary, bool summary_when_dry = false);

}  // namespace netadmin::cli
