// Message keys, below every other layer: code anywhere (util and time
// included) can name what it wants to say without knowing the languages.
// The keys, their texts and the kinds of their arguments are one table,
// catalog/messages.def; i18n turns a key and its arguments into text.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace netadmin::catalog {

enum class Msg : std::uint16_t {
#define MSG(key, kinds, sv, en) key,
#include "catalog/messages.def"
#undef MSG
};

inline constexpr std::size_t kMessageCount = 0
#define MSG(key, kinds, sv, en) +1
#include "catalog/messages.def"
#undef MSG
    ;

// The kinds of each message's arguments, one letter each: 'n' a whole number,
// 't' text, a key or a number shown as is. Its size is the number of arguments.
inline constexpr std::array<std::string_view, kMessageCount> kKinds{
#define MSG(key, kinds, sv, en) std::string_view(kinds),
#include "catalog/messages.def"
#undef MSG
};

constexpr std::string_view kinds(Msg msg) { return kKinds[static_cast<std::size_t>(msg)]; }
constexpr std::size_t arity(Msg msg) { return kinds(msg).size(); }

// The key's name in the table ("err_cannot_read"), for tests and debugging.
std::string_view key_name(Msg msg);

// One argument of a message: text, another key (translated in the same
// language), or a whole number.
using Arg = std::variant<std::string, Msg, std::int64_t>;

}  // namespace netadmin::catalog
