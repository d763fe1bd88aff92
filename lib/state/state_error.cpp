// Naming SQLite's failures for people (see state_error.hpp).
#include "state/state_error.hpp"

#include "util/os_error.hpp"

#include <sqlite3.h>
#include <cerrno>

namespace netadmin::state {

// Read-only files and folders are refused before SQLite opens them, with
// err_state_read_only_*; SQLITE_READONLY later means the file changed under
// a running command, when "nothing was sent" may no longer be true, so it
// gets the general message.
StateError sqlite_failure(const std::filesystem::path& path, int code, const std::string& detail) {
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return StateError(i18n::Msg::err_state_locked, path.string(), std::int64_t{kBusyTimeoutSeconds});
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: return StateError(i18n::Msg::err_state_damaged, path.string(), detail);
        // What the system said, in the user's words (util/os_error.hpp).
        case SQLITE_FULL: return StateError(i18n::Msg::err_state_failed, path.string(), util::os_error(ENOSPC));
        case SQLITE_PERM: return StateError(i18n::Msg::err_state_failed, path.string(), util::os_error(EACCES));
        default: return StateError(i18n::Msg::err_state_failed, path.string(), detail);
    }
}

}  // namespace netadmin::state
