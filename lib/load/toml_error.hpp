// toml++'s syntax errors in the user's language.
//
// toml++ reports a syntax error as English text, "Error while parsing
// <scope>: <reason>", at a line and column. describe_toml_error matches that
// text against one table of the common mistakes (toml_error.cpp: an
// unquoted word, a missing quote, '=', value or ']', an impossible date, a
// key or table defined twice, text after a value …), looks at the source
// line at that place for the word, key or date concerned, and returns a
// catalogue message with a hint that shows the line as it must be written
// (`kind = "similar"`): the registry's keys and words stay as the file
// format has them. What the table does not know is wrapped in
// err_toml_syntax with toml++'s own text, so nothing it says is lost.
// Every message it gives has a key that begins err_toml_.
//
// The place stays toml++'s but where that is not where the mistake is: a
// key defined twice is shown at the key (toml++ points at its value), an
// impossible date at the date's first digit (toml++ points after it), an
// unknown escape at its backslash.
#pragma once

#include "catalog/problem.hpp"

#include <string_view>

namespace netadmin::load {

// The problem toml++ described as `description` at `where`, in a file
// whose text is `content`; the problem carries its place.
catalog::Problem describe_toml_error(std::string_view description, catalog::Location where, std::string_view content);

}  // namespace netadmin::load
