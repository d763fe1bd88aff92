// What the operating system said, as a message argument in the user's
// language: `Problem(Msg::err_cannot_write, path, os_error(errno))` reads
// "kan inte skriva … : det finns inget utrymme kvar på disken" under
// --lang sv. The common errors have catalogue keys (their English text is
// the C library's own); any other is the C library's text as it is.
#pragma once

#include "catalog/messages.hpp"

#include <system_error>

namespace netadmin::util {

using catalog::Arg;

// The key for errno value `error`, or its strerror() text.
Arg os_error(int error);

// The same for an error code of the standard library: a system or generic
// error by its number, any other by its message.
Arg os_error(const std::error_code& error);

}  // namespace netadmin::util
