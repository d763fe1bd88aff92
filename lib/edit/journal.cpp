// The journal of a change to several files, and finishing or undoing an
// interrupted one (see journal.hpp).
#include "edit/journal.hpp"

#include "edit/safe_write.hpp"
#include "util/keyed_hash.hpp"

#include <cerrno>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace netadmin::edit {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHeader = "netadmin journal 1";
constexpr std::string_view kEnd = "end";

// Fields are separated by tabs, lines by newlines: both, and the escape
// character itself, are written as %XX.
std::string escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '%') {
            out += "%25";
        } else if (c == '\t') {
            out += "%09";
        } else if (c == '\n') {
            out += "%0A";
        } else {
            out += c;
        }
    }
    return out;
}

std::string unescape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const auto code = text.substr(i + 1, 2);
            out += code == "25" ? '%' : code == "09" ? '\t' : code == "0A" ? '\n' : '?';
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<std::string_view> split(std::string_view line, char separator) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (;;) {
        const auto end = line.find(separator, start);
        fields.push_back(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return fields;
        start = end + 1;
    }
}

std::optional<std::string> read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(text).str();
}

std::optional<std::string> hash_of(const fs::path& path) {
    auto text = read_text(path);
    if (!text) return std::nullopt;
    return text_hash(*text);
}

void sync_directory(const fs::path& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Every temporary file of netadmin's below `dir`, hidden folders skipped
// as the loader skips them.
std::vector<fs::path> stale_temps(const fs::path& dir) {
    std::vector<fs::path> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!name.starts_with(".")) continue;
        if (it->is_directory(ec)) {
            it.disable_recursion_pending();
        } else if (is_temp_name(name)) {
            found.push_back(it->path());
        }
    }
    return found;
}

// What was written into a temporary file by someone else stays, under a
// name that `git status` shows.
void keep_aside(const fs::path& temp, const fs::path& target) {
    auto kept = target;
    kept += ".kept-" + std::to_string(::getpid());
    ::rename(temp.c_str(), kept.c_str());
}

struct EntryState {
    std::optional<std::string> target;
    std::optional<std::string> temp;
    bool applied(const JournalEntry& entry) const { return target == entry.new_hash; }
    bool pending(const JournalEntry& entry) const { return !applied(entry) && temp == entry.new_hash; }
    bool old_aside(const JournalEntry& entry) const { return applied(entry) && temp == entry.old_hash; }
};

Recovery finish_forward(const fs::path& dir, const Journal& journal, const std::vector<EntryState>& states,
                        bool writable) {
    Recovery result{writable ? Recovered::rolled_forward : Recovered::read_new, journal.entries.size(), {}};
    for (std::size_t i = 0; i < states.size(); ++i) {
        const auto& entry = journal.entries[i];
        if (!writable) {
            if (states[i].pending(entry)) result.read_instead[(dir / entry.name).string()] = entry.temp;
        } else if (states[i].pending(entry)) {
            ::rename(entry.temp.c_str(), entry.target.c_str());
        } else if (states[i].temp == entry.old_hash) {
            ::unlink(entry.temp.c_str());
        } else if (states[i].temp) {
            keep_aside(entry.temp, entry.target);
        }
    }
    return result;
}

Recovery finish_back(const fs::path& dir, const Journal& journal, const std::vector<EntryState>& states,
                     bool writable) {
    Recovery result{writable ? Recovered::rolled_back : Recovered::read_old, journal.entries.size(), {}};
    for (std::size_t i = 0; i < states.size(); ++i) {
        const auto& entry = journal.entries[i];
        const auto& state = states[i];
        if (!writable) {
            if (state.old_aside(entry)) {
                result.read_instead[(dir / entry.name).string()] = entry.temp;
            } else if (journal.complete && state.target != entry.old_hash) {
                result.done = Recovered::read_as_is;
            }
        } else if (state.old_aside(entry)) {
            ::rename(entry.temp.c_str(), entry.target.c_str());
        } else if (state.temp == entry.new_hash || state.temp == entry.old_hash) {
            ::unlink(entry.temp.c_str());
        } else if (state.temp) {
            keep_aside(entry.temp, entry.target);
        }
    }
    if (result.done == Recovered::read_as_is) result.read_instead.clear();
    return result;
}

}  // namespace

std::string text_hash(std::string_view text) { return util::to_hex(util::sha256(text)); }

std::string journal_text(const std::vector<JournalEntry>& entries) {
    std::string out(kHeader);
    out += '\n';
    for (const auto& entry : entries) {
        out += "file\t" + escape(entry.name) + '\t' + escape(entry.temp.string()) + '\t' +
               escape(entry.target.string()) + '\t' + entry.old_hash + '\t' + entry.new_hash + '\n';
    }
    out += kEnd;
    out += '\n';
    return out;
}

Journal parse_journal(std::string_view text) {
    Journal journal;
    const auto lines = split(text, '\n');
    if (lines.empty() || lines.front() != kHeader) return journal;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i] == kEnd) {
            // Only a whole last line counts: "end" and its newline.
            journal.complete = i + 2 == lines.size() && lines.back().empty();
            return journal;
        }
        const auto fields = split(lines[i], '\t');
        if (fields.size() != 6 || fields[0] != "file") return journal;
        journal.entries.push_back({unescape(fields[1]), unescape(fields[2]), unescape(fields[3]),
                                   std::string(fields[4]), std::string(fields[5])});
    }
    return journal;
}

bool is_temp_name(std::string_view name) {
    if (!name.starts_with('.') || name.size() < 8) return false;
    const auto tail = name.substr(name.size() - 7);
    if (tail.front() != '-') return false;
    const auto stem = name.substr(0, name.size() - 7);
    return stem.ends_with(".netadmin") || stem.ends_with(".toml.tmp");
}

std::string gitignore_text() {
    return "# netadmin's lock, journal and temporary files\n" + std::string(kGitignoreLine) + "\n";
}

void ensure_gitignore(const fs::path& registry_dir) {
    const auto path = registry_dir / ".gitignore";
    auto text = read_text(path);
    if (text) {
        for (const auto line : split(*text, '\n')) {
            if (line == kGitignoreLine) return;
        }
    } else if (fs::exists(path)) {
        return;  // there, but not readable: leave it alone
    }
    std::ofstream out(path, std::ios::binary | std::ios::app);
    if (text && !text->empty() && text->back() != '\n') out << '\n';
    out << gitignore_text();
}

Recovery recover_locked(const fs::path& registry_dir, bool writable) {
    const auto journal_path = registry_dir / kJournalFileName;
    Recovery result;
    if (const auto text = read_text(journal_path)) {
        const auto journal = parse_journal(*text);
        // Cut short before any switch: every target holds its old text.
        if (!journal.complete && !writable) return result;
        std::vector<EntryState> states;
        for (const auto& entry : journal.entries) states.push_back({hash_of(entry.target), hash_of(entry.temp)});
        bool forward = journal.complete;
        for (std::size_t i = 0; forward && i < states.size(); ++i) {
            const auto& entry = journal.entries[i];
            forward = states[i].applied(entry) || states[i].pending(entry);
        }
        result = forward ? finish_forward(registry_dir, journal, states, writable)
                         : finish_back(registry_dir, journal, states, writable);
        if (!writable) return result;
        ::unlink(journal_path.c_str());
    }
    if (!writable) return result;
    for (const auto& temp : stale_temps(registry_dir)) ::unlink(temp.c_str());
    sync_directory(registry_dir);
    // The lock file is there now: keep it out of `git status`.
    ensure_gitignore(registry_dir);
    return result;
}

Recovery recover_registry(const fs::path& registry_dir) {
    std::error_code ec;
    const bool journal = fs::exists(registry_dir / kJournalFileName, ec);
    if (!journal && stale_temps(registry_dir).empty()) return {};
    const bool writable = ::access(registry_dir.c_str(), W_OK) == 0;
    if (writable) {
        auto locked = RegistryLock::acquire(registry_dir);
        if (locked) return recover_locked(registry_dir, true);
    }
    // Without the lock another netadmin may be switching the files: the
    // journal's view is what it will leave.
    return journal ? recover_locked(registry_dir, false) : Recovery{};
}

}  // namespace netadmin::edit
