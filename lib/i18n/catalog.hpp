// Looking up and formatting messages in a language. The keys and their
// texts are one table, catalog/messages.def; arguments are plain text,
// integers, or other message keys (translated in the same language, e.g. an
// entity kind inside an error message).
#pragma once

#include "catalog/messages.hpp"
#include "i18n/language.hpp"

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace netadmin::i18n {

using catalog::Msg;
using MsgArg = catalog::Arg;

std::string_view text(Language language, Msg msg);
std::string format(Language language, Msg msg, std::span<const MsgArg> args);
std::string format(Language language, Msg msg, std::initializer_list<MsgArg> args);

}  // namespace netadmin::i18n
