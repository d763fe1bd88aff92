// Looking up and formatting messages in a language. The keys and their
// texts are one table, catalog/messages.def; arguments are plain text,
// integers, or other message keys (translated in the same language, e.g. an
// entity kind inside an error message).
#pragma once

#include "catalog/checked.hpp"
#include "catalog/messages.hpp"
#include "catalog/problem.hpp"
#include "i18n/language.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::i18n {

using catalog::Msg;
using MsgArg = catalog::Arg;

// A message with arguments checked when compiling: the number and kinds of
// `args` must be those of the key's line in catalog/messages.def.
//   format(language, Msg::err_cannot_read, path.string(), why)
template <typename... Args>
std::string format(Language language, catalog::Checked<Args...> msg, Args&&... args);

// A message without arguments.
std::string_view text(Language language, catalog::Checked<> msg);

// A problem in words, after "FILE:LINE:COL: " when it has a place, and
// with_suggestions' candidates after it.
std::string format(Language language, const catalog::Problem& problem);

// A problem kept as text by catalog::to_stored, in words; any other text
// (what older versions stored) as it is.
std::string format_stored(Language language, std::string_view stored);

// "did you mean 'a'?" or "did you mean 'a', 'b' or 'c'?"; "" for none.
std::string suggestions_text(Language language, const std::vector<std::string>& candidates);

// Keys chosen at run time (a column header from a table, a label, a
// diagnostic's message): nothing checks the arguments when compiling. A key
// given the wrong number of arguments shows its raw pattern.
std::string_view runtime_text(Language language, Msg msg);
std::string runtime_format(Language language, Msg msg, std::span<const MsgArg> args);

// A diagnostic's message (a problem's, the loader's, a CSV file's): as
// runtime_format, with every text argument shown as util::visible_excerpt
// shows it. The values quoted come from files people wrote: a cell with a
// newline, ESC or BEL must not forge a second line or drive the terminal,
// and a 1 MB cell must give a short line. Every diagnostic is formatted
// here (format(Problem), load::render, csv::render).
std::string diagnostic_format(Language language, Msg msg, std::span<const MsgArg> args);

template <typename... Args>
std::string format(Language language, catalog::Checked<Args...> msg, Args&&... args) {
    const MsgArg list[sizeof...(Args) + 1] = {catalog::detail::to_arg(std::forward<Args>(args))..., MsgArg()};
    return runtime_format(language, msg.msg(), std::span<const MsgArg>(list, sizeof...(Args)));
}

}  // namespace netadmin::i18n
