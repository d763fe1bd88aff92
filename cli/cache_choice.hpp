// Whether commands read and write registry snapshots, and where
// (lib/snapshot): $XDG_CACHE_HOME/netadmin, else ~/.cache/netadmin; off
// with --no-cache or NETADMIN_CACHE=off.
#pragma once

#include "context.hpp"

#include "snapshot/cached_load.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace netadmin::cli {

struct CacheChoice {
    std::filesystem::path folder;  // where snapshots are kept; empty without a home
    std::string off_because;       // "--no-cache", "NETADMIN_CACHE=off"; empty: on
    bool no_home = false;          // off: no folder, as HOME is not set
    bool on() const { return off_because.empty() && !no_home; }
    // The folder for loading: empty when the cache is off.
    std::filesystem::path in_use() const { return on() ? folder : std::filesystem::path(); }
};

// nullopt when NETADMIN_CACHE is neither on nor off (a usage error).
std::optional<CacheChoice> choose_cache(const GlobalOptions& options);

// The usage error for a NETADMIN_CACHE choose_cache refused.
int bad_cache_environment(const Context& context);

// The cache folder whose snapshots may be removed, the cache on or off (an
// erasure or an edit must reach snapshots written before it was turned
// off): empty when there is none, or when it is not the user's own.
std::filesystem::path folder_to_clean(const GlobalOptions& options);

// Removes this registry's snapshots after an edit: they are stale, and may
// hold what the edit removed (docs/privacy.md).
void forget_registry_snapshots(const Context& context);

// The cache of this build of netadmin in `folder` (empty: off).
snapshot::CacheSettings cache_settings(const std::filesystem::path& folder);

}  // namespace netadmin::cli
