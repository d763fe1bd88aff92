// The SQLite connection behind a StateDb (internal to lib/state): shared by
// the delivery log (state_db.cpp), the participants (participants.cpp),
// erasure (privacy.cpp) and backups (backup.cpp).
#pragma once

#include "state/state_db.hpp"
#include "state/state_error.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>

namespace netadmin::state {

struct StateDb::Impl {
    std::filesystem::path path;
    SQLite::Database db;
    std::string recipient_key;  // the reminder log's hash key; empty for an older schema read as is
    Impl(const std::filesystem::path& file, const std::string& name, int flags)
        : path(file), db(name, flags, kBusyTimeoutSeconds * 1000) {}
};

// Runs `f`, turning SQLite's exception into the state's error for `path`.
template <typename F>
auto guarded(const std::filesystem::path& path, F&& f) {
    try {
        return f();
    } catch (const SQLite::Exception& e) {
        throw sqlite_failure(path, e.getExtendedErrorCode(), e.what());
    }
}

}  // namespace netadmin::state
