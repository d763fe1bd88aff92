// The state database's exception, inside lib/state only: thrown where SQLite
// or a check fails deep in a call, and turned into a Problem at the one
// boundary (state/connection.hpp, caught()) that every public function of
// lib/state returns through. what() is the English text, for tests.
#pragma once

#include "i18n/catalog.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace netadmin::state {

class StateError : public std::runtime_error {
public:
    explicit StateError(catalog::Problem problem)
        : std::runtime_error(i18n::format(i18n::Language::en, problem)), problem_(std::move(problem)) {}
    template <typename... Args>
    explicit StateError(catalog::Checked<Args...> msg, Args&&... args)
        : StateError(catalog::Problem(msg, std::forward<Args>(args)...)) {}

    const catalog::Problem& problem() const { return problem_; }
    std::string text(i18n::Language language) const { return i18n::format(language, problem_); }
    i18n::Msg msg() const { return problem_.msg(); }

private:
    catalog::Problem problem_;
};

// Overlapping runs wait this long for each other's short transactions
// before giving up with err_state_locked.
inline constexpr int kBusyTimeoutSeconds = 30;

// What an SQLite failure (its primary or extended result code and its
// words) means for the database at `path`: locked, damaged, or
// else a general failure that quotes SQLite.
StateError sqlite_failure(const std::filesystem::path& path, int code, const std::string& detail);

// A Result of another public function of lib/state, used inside it (and by
// its tests): its value, or its problem thrown on to the boundary
// (state/connection.hpp, caught()).
template <typename T>
T unwrap(catalog::Result<T>&& result) {
    if (!result) throw StateError(result.problem());
    if constexpr (!std::is_void_v<T>) return std::move(result).value();
}

}  // namespace netadmin::state
