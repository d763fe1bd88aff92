// The one error type of the state database: a message key with its
// arguments, so the command that catches it can say it in the user's
// language. what() is the English text, for logs and tests.
#pragma once

#include "i18n/catalog.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>
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

}  // namespace netadmin::state
