// What add, set, remove and rename share (cli/commands/{add,set,remove,
// rename}.cpp): --dry-run, and one run of an edit — take the registry's
// lock, read every file, compute and validate the edit in memory
// (edit/registry_edit.hpp), then show the diff or write the files
// atomically (edit/safe_write.hpp). The diff is printed with --dry-run and
// when stdout is a terminal; otherwise one line says what was done.
#pragma once

#include "context.hpp"

#include "edit/registry_edit.hpp"

#include <CLI/CLI.hpp>

#include <functional>
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

}  // namespace netadmin::cli
