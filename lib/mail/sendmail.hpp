// Handing a message to a sendmail-compatible program: the program is
// started directly (no shell), gets the message on standard input, and its
// exit status says whether it took the message. Its output is captured for
// the log, never mixed into netadmin's.
#pragma once

#include "catalog/problem.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::mail {

// "/usr/sbin/sendmail -t -oi": the program reads the recipients from the
// message's headers (-t) and a line with a single dot does not end it (-oi).
inline constexpr std::string_view kDefaultMailer = "/usr/sbin/sendmail -t -oi";

// Splits a mailer command at spaces and tabs; no quoting, no shell.
std::vector<std::string> split_command(std::string_view command);

// Taken, or why not: the exit status and the program's own words.
using MailerResult = catalog::Status;

// How long a mailer may take by default (--mailer-timeout, settings key
// `mailer_timeout`): sendmail hands a message on in well under a second;
// a minute means it hangs.
inline constexpr int kDefaultMailerTimeout = 60;

// Runs the mailer and waits for its exit, at most `timeout_seconds`; past
// that its process group is killed and the delivery fails. Output it
// leaves behind in a child that still holds the pipe is not waited for.
MailerResult run_mailer(const std::vector<std::string>& argv, const std::string& message,
                        int timeout_seconds = kDefaultMailerTimeout);

// Hands one composed message to the mail system and says whether it took
// it. The reminder run (remind/run.hpp) is given one, so tests can give it
// a mailer that fails, throws or stops the run at will.
using Mailer = std::function<MailerResult(const std::string& message)>;

// What handing one message to a mailer came to: its answer, or, when it
// threw instead of answering, its words (whether it sent is not known).
struct Handover {
    MailerResult result;
    std::optional<std::string> threw;
};

// Calls the mailer, turning an exception it throws into Handover::threw:
// the one place that catches a mailer's exception.
Handover hand_over(const Mailer& mailer, const std::string& message);

// The production mailer: run_mailer with this command and timeout.
Mailer sendmail_mailer(std::vector<std::string> argv, int timeout_seconds = kDefaultMailerTimeout);

}  // namespace netadmin::mail
