// Looking up and formatting messages in a language. Arguments are plain
// text, integers, or other message keys (translated in the same language,
// e.g. an entity kind inside an error message).
#pragma once

#include "i18n/language.hpp"
#include "i18n/messages.hpp"

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace netadmin::i18n {

using MsgArg = std::variant<std::string, Msg, std::int64_t>;

std::string_view text_sv(Msg msg);
std::string_view text_en(Msg msg);

std::string_view text(Language language, Msg msg);
std::string format(Language language, Msg msg, std::span<const MsgArg> args);
std::string format(Language language, Msg msg, std::initializer_list<MsgArg> args);

}  // namespace netadmin::i18n
