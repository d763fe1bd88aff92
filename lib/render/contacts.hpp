// Contacts where people use them: an address book (vCard 4.0, RFC 6350) and
// a line to paste into a mail client's To: field.
#pragma once

#include "model/registry.hpp"
#include "render/format.hpp"

#include <span>
#include <string>
#include <vector>

namespace netadmin::render {

// A list of people is a table (formats_of(ViewKind::table)), an address
// book (vcard) and a line of addresses (emails).
std::span<const Format> contact_formats();

// One card per person: FN (the name, else the address, else the id), N
// when the name has a family name, EMAIL, TEL, ROLE, ORG and a UID stable
// across runs. CRLF line ends, lines folded at 75 octets without splitting
// a UTF-8 character, text values escaped.
std::string to_vcard(const model::Registry& registry, std::span<const model::Person* const> people);

struct EmailList {
    std::string text;                        // "Name <address>; …" and a newline; empty when nobody has one
    std::vector<std::string> without_email;  // ids of people left out
};

// `Name <address>` (or the bare address) per person with one, joined by "; " (what
// Outlook's To: field takes, and others too). A name with characters that
// RFC 5322 does not allow bare (a comma, a quote …) is quoted.
EmailList to_email_list(std::span<const model::Person* const> people);

}  // namespace netadmin::render
