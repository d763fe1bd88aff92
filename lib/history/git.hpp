// Running git on the registry's folder: the one place netadmin starts git.
// Registries shared by several coordinators live in a git repository
// (docs/collaboration.md); `check --changed-only` asks it what changed and
// `blame` who changed an entity's lines. Nothing here knows the terminal.
#pragma once

#include "catalog/problem.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace netadmin::history {

// What `git -C DIR ARGS…` wrote on standard output, or why there is none:
// git could not be started, or it failed (its first line of complaint, as
// "not a git repository"). Standard input is empty; nothing is waited for
// but git.
catalog::Result<std::string> run_git(const std::filesystem::path& dir, const std::vector<std::string>& args);

// The registry files (as the loader names them: `registry_dir / relative`)
// that differ from commit `ref` in the work tree, and those git does not
// track yet (ignored files excluded).
catalog::Result<std::vector<std::string>> changed_files(const std::filesystem::path& registry_dir,
                                                        const std::string& ref);

}  // namespace netadmin::history
