// Files -> validated registry. A registry is a directory of TOML files
// (searched recursively, hidden folders skipped, read in byte order of their
// paths so the result never depends on the file system). Each file is
// parsed, read into the model and its TOML tree dropped before the next one,
// so memory follows the model, not the largest tree.
#pragma once

#include "load/diagnostic.hpp"
#include "model/outlines.hpp"
#include "model/registry.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace netadmin::load {

struct LoadResult {
    model::Registry registry;
    Diagnostics diagnostics;
    bool ok() const { return !diagnostics.has_errors(); }
};

// A file given by content, for tests and for the fuzzers.
struct SourceFile {
    std::string path;
    std::string content;
};

// The largest registry file read (bytes). Hand-written registry files are
// kilobytes; the limit keeps memory bounded (about 3.5 bytes of memory per
// byte of input, see docs/reliability.md) whatever a file holds.
inline constexpr std::uint64_t kMaxFileBytes = 64ULL * 1024 * 1024;

// Reads data/reference/counties.csv and municipalities.csv from `dir`.
model::Reference load_reference(const std::filesystem::path& dir, Diagnostics& diagnostics);
model::Reference parse_reference(std::string_view counties_csv, std::string_view municipalities_csv);

// Reads data/reference/outlines.csv from `dir` (model/outlines.hpp): only the
// maps need it, so only the commands that draw one read it.
model::Outlines load_outlines(const std::filesystem::path& dir, Diagnostics& diagnostics);
model::Outlines parse_outlines(std::string_view csv, const std::string& file, Diagnostics& diagnostics);

// Every *.toml below `dir`, in byte order of the path: the files
// load_registry reads, named as it names them. Hidden entries are skipped;
// symbolic links to folders are not followed (no loops).
std::vector<std::filesystem::path> registry_files(const std::filesystem::path& dir, Diagnostics& diagnostics);

// How a load runs: `jobs` threads parse the files (load/parallel_parse.hpp);
// the result is the same for any number.
struct LoadOptions {
    unsigned jobs = 1;
    // Called with each registry file's path (as Registry::files names it)
    // and the very bytes parsed, in path order, on the calling thread: the
    // snapshot cache keys a snapshot by what was parsed, not by what a
    // second read might find.
    std::function<void(const std::string& path, std::string_view content)> on_file;
    // Files read from another path than their own, keyed by the path as
    // registry_files() names it: the new text of a change that a read-only
    // command found unfinished (edit/journal.hpp). Named as their own path
    // in every diagnostic.
    std::map<std::string, std::filesystem::path> read_instead;
};

// The number of threads to parse with when the user does not say: one per
// core, at least one.
unsigned default_jobs();

LoadResult load_registry(const std::filesystem::path& registry_dir, const std::filesystem::path& reference_dir,
                         LoadOptions options = {});
// The registry needs a newer format than this netadmin reads
// (model::kFormatVersion): the one diagnostic that says so, which is then
// the load's only one. Every command refuses such a registry, `check` and
// `remind` included.
const Diagnostic* format_too_new(const Diagnostics& diagnostics);

LoadResult load_registry_from_sources(const std::vector<SourceFile>& files, model::Reference reference);

}  // namespace netadmin::load
