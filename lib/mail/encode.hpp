// Encodings that keep a mail message 7-bit clean and its headers whole:
// RFC 2047 encoded words for header text, quoted-printable (RFC 2045 6.7)
// for the body, base64 for attachments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace netadmin::mail {

// `name: value` as one header, folded to lines of at most 78 characters.
// Plain printable ASCII stays as is (folded at spaces); anything else, and
// any control character, becomes UTF-8 "B" encoded words, split only
// between whole characters. A newline in `value` can never start a new header.
std::string encode_header(std::string_view name, std::string_view value);

// An RFC 5322 display name: as an atom phrase when it is plain, quoted
// when it has specials, encoded words when it is not ASCII.
std::string encode_display_name(std::string_view name);

// The display name as the words of a header, for folding: atoms, one
// quoted string, or encoded words of at most 75 characters. Control
// characters are removed.
std::vector<std::string> display_name_words(std::string_view name);
// `name: word word …` folded before a word that would pass 78 characters.
std::string fold_header(std::string_view name, const std::vector<std::string>& words);
// Quoted-printable with "\n" line ends, lines at most 76 characters.
std::string quoted_printable(std::string_view text);

// Base64 in lines of 76 characters.
std::string base64(std::string_view bytes);

}  // namespace netadmin::mail
