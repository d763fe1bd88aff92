#include "snapshot/cache_folder.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <map>
#include <string_view>
#include <vector>

namespace netadmin::snapshot {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSuffix = ".snap";

std::string hex16(std::uint64_t value) {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

// "<16 hex>-<16 hex>.snap": the registry part, or nothing for any other name.
std::optional<std::string> registry_part(std::string_view name) {
    if (name.size() != 33 + kSuffix.size() || !name.ends_with(kSuffix) || name[16] != '-') return std::nullopt;
    for (std::size_t i = 0; i < 33; ++i) {
        if (i == 16) continue;
        const char c = name[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
    }
    return std::string(name.substr(0, 16));
}

// A temporary file of util::write_file_atomically: ".NAME.snap.tmp-XXXXXX".
bool is_temporary(std::string_view name) {
    return name.starts_with(".") && name.find(std::string(kSuffix) + ".tmp-") != std::string_view::npos;
}

struct Entry {
    fs::path path;
    std::string registry;
    std::int64_t used = 0;  // modification time, nanoseconds
    std::uint64_t size = 0;
};

std::vector<Entry> snapshots_in(const fs::path& folder) {
    std::vector<Entry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        const auto registry = registry_part(name);
        if (!registry) continue;
        struct stat info {};
        if (::lstat(it->path().c_str(), &info) != 0 || !S_ISREG(info.st_mode)) continue;
        entries.push_back({it->path(), *registry,
                           static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec,
                           static_cast<std::uint64_t>(info.st_size)});
    }
    // Most recently used first; the name settles ties, so pruning is the same
    // on every run.
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.used != b.used ? a.used > b.used : a.path < b.path; });
    return entries;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

// Whether the file holds `needle` (lower case), read in chunks that overlap
// by the needle's length, so memory stays flat however big the file.
std::optional<bool> file_holds(const fs::path& path, const std::string& needle) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return std::nullopt;
    std::string window;
    std::vector<char> chunk(1 << 20);
    bool found = false;
    std::size_t got = 0;
    while (!found && (got = std::fread(chunk.data(), 1, chunk.size(), file)) > 0) {
        window.append(chunk.data(), got);
        std::transform(window.end() - static_cast<std::ptrdiff_t>(got), window.end(),
                       window.end() - static_cast<std::ptrdiff_t>(got), lower);
        found = window.find(needle) != std::string::npos;
        if (window.size() >= needle.size()) window.erase(0, window.size() - needle.size() + 1);
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) return std::nullopt;
    return found;
}

}  // namespace

FolderState prepare_folder(const fs::path& folder, bool create) {
    struct stat info {};
    if (::lstat(folder.c_str(), &info) != 0) {
        if (errno != ENOENT) return FolderState::cannot_create;
        if (!create) return FolderState::missing;
        // Folders are made only inside one of the user's own: root running
        // with another user's HOME must not leave root's folders in it.
        // Each one made is the user's alone (the XDG base directory
        // specification asks 0700 for the cache home).
        std::vector<fs::path> missing{folder};
        while (missing.back().has_relative_path() && missing.back().has_parent_path()) {
            const auto parent = missing.back().parent_path();
            struct stat above {};
            if (::lstat(parent.c_str(), &above) == 0) {
                if (!S_ISDIR(above.st_mode) || above.st_uid != ::geteuid()) return FolderState::cannot_create;
                break;
            }
            if (errno != ENOENT) return FolderState::cannot_create;
            missing.push_back(parent);
        }
        for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
            if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST) return FolderState::cannot_create;
        }
        if (::lstat(folder.c_str(), &info) != 0) return FolderState::cannot_create;
    }
    if (!S_ISDIR(info.st_mode)) return FolderState::not_a_directory;
    if (info.st_uid != ::geteuid()) return FolderState::not_owned;
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) return FolderState::open_to_others;
    return FolderState::usable;
}

std::string snapshot_name(const Manifest& manifest) {
    return hex16(manifest.registry_id) + "-" + hex16(manifest.key) + std::string(kSuffix);
}

void touch(const fs::path& snapshot) {
    // Best effort: a snapshot that cannot be touched is only pruned sooner.
    ::utimensat(AT_FDCWD, snapshot.c_str(), nullptr, AT_SYMLINK_NOFOLLOW);
}

void prune(const fs::path& folder, std::uint64_t registry_id) {
    const auto mine = hex16(registry_id);
    std::size_t kept = 0;
    std::size_t kept_mine = 0;
    std::uint64_t bytes = 0;
    std::error_code ec;
    for (const auto& entry : snapshots_in(folder)) {
        const bool is_mine = entry.registry == mine;
        if (kept >= kTotal || (is_mine && kept_mine >= kPerRegistry) ||
            (kept > 0 && bytes + entry.size > kTotalBytes)) {
            fs::remove(entry.path, ec);
            continue;
        }
        ++kept;
        bytes += entry.size;
        if (is_mine) ++kept_mine;
    }
    const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        if (!is_temporary(it->path().filename().string())) continue;
        std::error_code time_error;
        const auto written = fs::last_write_time(it->path(), time_error);
        if (!time_error && written < hour_ago) fs::remove(it->path(), time_error);
    }
}

FolderContents contents(const fs::path& folder) {
    FolderContents out;
    for (const auto& entry : snapshots_in(folder)) {
        ++out.snapshots;
        out.bytes += entry.size;
    }
    return out;
}

std::size_t clear(const fs::path& folder) {
    std::size_t removed = 0;
    std::error_code ec;
    std::vector<fs::path> doomed;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (registry_part(name) || is_temporary(name)) doomed.push_back(it->path());
    }
    for (const auto& path : doomed) {
        if (fs::remove(path, ec) && registry_part(path.filename().string())) ++removed;
    }
    return removed;
}

std::size_t remove_holding(const fs::path& folder, std::string_view text) {
    const auto needle = lowered(text);
    if (needle.empty()) return 0;
    std::size_t removed = 0;
    std::error_code ec;
    std::vector<fs::path> doomed;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!registry_part(name) && !is_temporary(name)) continue;
        if (file_holds(it->path(), needle).value_or(true)) doomed.push_back(it->path());
    }
    for (const auto& path : doomed) {
        if (fs::remove(path, ec) && registry_part(path.filename().string())) ++removed;
    }
    return removed;
}

std::size_t remove_registry(const fs::path& folder, std::uint64_t registry_id) {
    const auto mine = hex16(registry_id);
    std::size_t removed = 0;
    std::error_code ec;
    for (const auto& entry : snapshots_in(folder)) {
        if (entry.registry == mine && fs::remove(entry.path, ec)) ++removed;
    }
    return removed;
}

}  // namespace netadmin::snapshot
