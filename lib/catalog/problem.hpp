// The one way to report an error: a Problem is a catalogue message with its
// arguments and, where there is one, the place it is about; a Result<T> is a
// T or a Problem. Both sit below every other layer, so util and time report
// errors the way load and state do, and whoever shows one says it in the
// user's language (i18n::format(language, problem)).
//
//   Result<Config> read(const std::filesystem::path& path) {
//       if (!in) return Problem(Msg::err_cannot_read, path.string(), why);
//       ...
//   }
//   const auto config = read(path);
//   if (!config) return report(config.problem());
#pragma once

#include "catalog/checked.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace netadmin::catalog {

// How bad a problem is: an error stops what it is about (and decides the
// exit code); a warning is told and the work goes on.
enum class Severity { error, warning };

// A place in a file; line 0 means the whole file.
struct Location {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    friend bool operator==(const Location&, const Location&) = default;
};

class Problem {
public:
    // The key's arguments are checked when compiling (catalog/checked.hpp).
    template <typename... Args>
    Problem(Checked<Args...> msg, Args&&... args)  // NOLINT(google-explicit-constructor)
        : msg_(msg.msg()), args_{detail::to_arg(std::forward<Args>(args))...} {}

    // A key chosen at run time: nothing checks its arguments.
    static Problem runtime(Msg msg, std::vector<Arg> args) {
        Problem problem(msg, std::move(args));
        return problem;
    }

    // The same problem, about this place.
    Problem at(Location where) && {
        where_ = std::move(where);
        return std::move(*this);
    }

    // The same problem, as a warning.
    Problem as_warning() && {
        severity_ = Severity::warning;
        return std::move(*this);
    }

    // A second sentence that says what to do ("add sources = [\"ID\"] …"),
    // shown after the message.
    template <typename... Args>
    Problem with_hint(Checked<Args...> hint, Args&&... args) && {
        set_hint(hint.msg(), {detail::to_arg(std::forward<Args>(args))...});
        return std::move(*this);
    }
    void set_hint(Msg hint, std::vector<Arg> args = {}) {
        hint_ = hint;
        hint_args_ = std::move(args);
    }

    // The same problem with what was probably meant ("did you mean 'a'?"),
    // nearest first; none is fine.
    Problem with_suggestions(std::vector<std::string> suggestions) && {
        suggestions_ = std::move(suggestions);
        return std::move(*this);
    }

    Msg msg() const { return msg_; }
    const std::vector<Arg>& args() const { return args_; }
    Severity severity() const { return severity_; }
    bool is_error() const { return severity_ == Severity::error; }
    const std::optional<Msg>& hint() const { return hint_; }
    const std::vector<Arg>& hint_args() const { return hint_args_; }
    const std::optional<Location>& where() const { return where_; }
    const std::vector<std::string>& suggestions() const { return suggestions_; }

    friend bool operator==(const Problem&, const Problem&) = default;

private:
    Problem(Msg msg, std::vector<Arg> args) : msg_(msg), args_(std::move(args)) {}

    Msg msg_;
    std::vector<Arg> args_;
    Severity severity_ = Severity::error;
    std::optional<Msg> hint_;
    std::vector<Arg> hint_args_;
    std::optional<Location> where_;
    std::vector<std::string> suggestions_;
};

// A value or the problem that kept it from being made.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Problem problem)
        : state_(std::in_place_index<1>, std::move(problem)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Problem& problem() const { return std::get<1>(state_); }

private:
    std::variant<T, Problem> state_;
};

// Success with nothing to return, or a problem.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Problem problem) : problem_(std::move(problem)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return !problem_; }
    explicit operator bool() const { return ok(); }
    const Problem& problem() const { return *problem_; }

private:
    std::optional<Problem> problem_;
};

using Status = Result<void>;

}  // namespace netadmin::catalog
