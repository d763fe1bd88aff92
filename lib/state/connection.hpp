// The SQLite connection behind a StateDb (internal to lib/state): shared by
// the delivery log (state_db.cpp), the participants (participants.cpp),
// erasure (privacy.cpp) and backups (backup.cpp).
#pragma once

#include "state/state_db.hpp"
#include "state/state_error.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <string>
#include <type_traits>

namespace netadmin::state {

struct StateDb::Impl {
    std::filesystem::path path;
    SQLite::Database db;
    std::string recipient_key;  // the reminder log's hash key; empty for an older schema read as is
    Impl(const std::filesystem::path& file, const std::string& name, int flags)
        : path(file), db(name, flags, kBusyTimeoutSeconds * 1000) {}
};

// Runs `f`, turning SQLite's exception into the state's error for `path`.
// Inside lib/state only: what leaves it is a Result (caught, below).
template <typename F>
auto guarded(const std::filesystem::path& path, F&& f) {
    try {
        return f();
    } catch (const SQLite::Exception& e) {
        throw sqlite_failure(path, e.getExtendedErrorCode(), e.what());
    }
}

// The one boundary between SQLite's exceptions (and this folder's own
// StateError) and the rest of netadmin: runs `f` and returns its value, or
// the problem that stopped it. Every public function of lib/state returns
// through it, so nothing above lib/state catches an exception.
template <typename F>
auto caught(const std::filesystem::path& path, F&& f) -> catalog::Result<std::invoke_result_t<F>> {
    using R = std::invoke_result_t<F>;
    try {
        if constexpr (std::is_void_v<R>) {
            f();
            return {};
        } else {
            return f();
        }
    } catch (const SQLite::Exception& e) {
        return sqlite_failure(path, e.getExtendedErrorCode(), e.what()).problem();
    } catch (const StateError& e) {
        return e.problem();
    }
}

}  // namespace netadmin::state
