// The SQLite connection behind a StateDb (internal to lib/state): shared by
// the delivery log (state_db.cpp) and the participants (participants.cpp).
#pragma once

#include "state/state_db.hpp"

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

}  // namespace netadmin::state
