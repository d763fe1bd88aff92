// A message key checked against the arguments passed with it, when
// compiling: `i18n::format(language, Msg::err_cannot_read, path, why)` does
// not compile unless err_cannot_read takes exactly two arguments of those
// kinds (catalog/messages.def). An argument may also be an Arg made at run
// time (util/os_error.hpp's words for what the system said): it counts as
// text. The same idea as fmt's format_string: the
// key parameter is a type whose consteval constructor does the check.
//
// Keys chosen at run time (a column header from a table, a vocabulary's
// label) cannot be checked so; they take the explicitly named runtime paths
// (i18n::runtime_text, i18n::runtime_format, Problem::runtime).
#pragma once

#include "catalog/messages.hpp"

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace netadmin::catalog {
namespace detail {

// Not constexpr on purpose: reaching one of these while checking a key makes
// the call ill-formed, and the compiler names the function in its error.
void message_takes_a_different_number_of_arguments();
void message_argument_should_be_a_whole_number();
void message_argument_should_be_text_or_a_key();

template <typename T>
constexpr char kind_of() {
    using U = std::remove_cvref_t<T>;
    if constexpr (std::same_as<U, Msg> || std::same_as<U, Arg>) {
        return 't';
    } else if constexpr (std::integral<U> && !std::same_as<U, bool> && !std::same_as<U, char>) {
        return 'n';
    } else if constexpr (std::convertible_to<const U&, std::string_view>) {
        return 't';
    } else {
        return '?';
    }
}

template <typename T>
Arg to_arg(T&& value) {
    using U = std::remove_cvref_t<T>;
    if constexpr (std::same_as<U, Arg>) {
        return Arg(std::forward<T>(value));
    } else if constexpr (std::same_as<U, Msg>) {
        return Arg(value);
    } else if constexpr (std::integral<U>) {
        return Arg(static_cast<std::int64_t>(value));
    } else if constexpr (std::same_as<U, std::string>) {
        return Arg(std::string(std::forward<T>(value)));
    } else {
        return Arg(std::string(std::string_view(value)));
    }
}

}  // namespace detail

template <typename... Args>
class BasicChecked {
public:
    template <typename Key>
    requires std::same_as<Key, Msg>
    consteval BasicChecked(Key msg) : msg_(msg) {  // NOLINT(google-explicit-constructor): used as fmt's format_string
        const auto expected = kinds(msg);
        if (expected.size() != sizeof...(Args)) detail::message_takes_a_different_number_of_arguments();
        const char given[] = {detail::kind_of<Args>()..., '\0'};
        for (std::size_t i = 0; i < sizeof...(Args); ++i) {
            if (expected[i] == 'n' && given[i] != 'n') detail::message_argument_should_be_a_whole_number();
            if (expected[i] == 't' && given[i] == '?') detail::message_argument_should_be_text_or_a_key();
        }
    }

    constexpr Msg msg() const { return msg_; }

private:
    Msg msg_;
};

// The key parameter of a function taking a message and its arguments:
// template <typename... Args> f(Checked<Args...> msg, Args&&... args).
template <typename... Args>
using Checked = BasicChecked<std::type_identity_t<Args>...>;

}  // namespace netadmin::catalog
