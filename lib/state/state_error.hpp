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
    StateError(i18n::Msg msg, std::vector<i18n::MsgArg> args)
        : std::runtime_error(i18n::format(i18n::Language::en, msg, args)), msg_(msg), args_(std::move(args)) {}

    std::string text(i18n::Language language) const { return i18n::format(language, msg_, args_); }
    i18n::Msg msg() const { return msg_; }

private:
    i18n::Msg msg_;
    std::vector<i18n::MsgArg> args_;
};

// Overlapping runs wait this long for each other's short transactions
// before giving up with err_state_locked.
inline constexpr int kBusyTimeoutSeconds = 30;

// What an SQLite failure (its primary or extended result code and its
// words) means for the database at `path`: locked, damaged, or
// else a general failure that quotes SQLite.
StateError sqlite_failure(const std::filesystem::path& path, int code, const std::string& detail);

}  // namespace netadmin::state
