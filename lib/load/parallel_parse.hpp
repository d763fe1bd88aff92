// Parsing a registry's files on several threads while one thread reads the
// trees in path order, so the registry, its file indexes and its
// diagnostics are the same whatever the number of threads.
//
// Parsing is most of a load (toml++ spends about 250 instructions a byte)
// and each file parses on its own; reading a tree into the registry is
// cheap but order-dependent (file indexes, the first [settings], duplicate
// ids), so it stays on the calling thread. Memory stays bounded: at most
// `jobs` parsed files wait for the reader at once, however many files
// there are.
#pragma once

#include "load/key_depth.hpp"

#include <toml++/toml.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace netadmin::load {

// One file as parsing leaves it: why it could not be read, or its text and
// its tree, or why the text is not TOML.
struct ParsedFile {
    std::string path;
    int read_error = 0;  // errno when the file could not be opened
    std::string content;
    bool valid_utf8 = true;              // false: not parsed
    std::optional<TooDeepKey> too_deep;  // a key too deep to parse: not parsed
    std::optional<toml::table> document;
    std::optional<toml::parse_error> syntax_error;
};

// The whole stream, read straight into a string of the file's size (a
// stringstream would hold the text twice and grow it by doubling).
std::string read_stream(std::ifstream& in, const std::filesystem::path& path);

// The file at `path`, read and parsed (on any thread).
ParsedFile parse_file(const std::filesystem::path& path);
// The same, named `path` but read from `read_from` (an unfinished change's
// new text, edit/journal.hpp).
ParsedFile parse_file(const std::filesystem::path& path, const std::filesystem::path& read_from);

// Files to read from another path than their own: path as listed -> path read.
using ReadInstead = std::map<std::string, std::filesystem::path>;
// A text named `path`, parsed.
ParsedFile parse_text(std::string path, std::string content);

// Parses `paths` on up to `jobs` threads (the calling thread included) and
// hands each file to `read`, on the calling thread, in the order of
// `paths`. An exception from parsing or from `read` ends the work and is
// rethrown here, after every thread has stopped.
void parse_in_order(const std::vector<std::filesystem::path>& paths, unsigned jobs,
                    const std::function<void(ParsedFile&)>& read, const ReadInstead* instead = nullptr);

}  // namespace netadmin::load
