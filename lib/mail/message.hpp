// Composing an RFC 5322 message as a pure function: the caller supplies
// every variable part (addresses, text, the instant, the Message-ID), so the
// same input gives the same bytes. Lines end in "\n": the message is handed
// to a sendmail-compatible program, which takes local line ends and puts
// CRLF on the wire.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace netadmin::mail {

// An attachment, e.g. the meeting as text/calendar (a meeting reminder
// carries one); with one, compose() builds multipart/mixed.
struct Attachment {
    std::string content_type;  // "text/calendar; charset=utf-8; method=PUBLISH"
    std::string filename;      // "meeting.ics" (ASCII, no quotes)
    std::string content;       // the bytes; sent base64
};

struct Mailbox {
    std::string name;     // display name, any UTF-8; may be empty
    std::string address;  // must pass util::is_valid_email
};

struct MessageInput {
    Mailbox from;
    Mailbox to;
    std::string subject;     // UTF-8
    std::string body;        // UTF-8 plain text, "\n" line ends
    std::int64_t date = 0;   // seconds since the epoch; shown in Stockholm time
    std::string message_id;  // "<unique@domain>"
    std::optional<Attachment> attachment;
};

struct ComposeError {
    std::string message;
};

// The message, or why it cannot be composed (an address that could split a
// header, a malformed Message-ID).
std::variant<std::string, ComposeError> compose(const MessageInput& input);

// "Fri, 03 May 2019 09:00:00 +0200": RFC 5322 date-time in Europe/Stockholm.
std::string rfc5322_date(std::int64_t unix_seconds);

}  // namespace netadmin::mail
