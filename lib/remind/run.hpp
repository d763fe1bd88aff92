// A reminder run: the exactly-once protocol of docs/cron.md as one call.
//
// send_due plans today's reminders against the state database and carries
// the plan out in its order. Each reminder to send goes through four steps:
//
//   claim    record it as `sending` (BEGIN IMMEDIATE); another run, or an
//            earlier one, that has it makes this run leave it alone
//   compose  the message (remind/reminder_mail.hpp, mail/message.hpp)
//   send     hand it to the mailer
//   finish   record `sent` or `failed`, with the mailer's words
//
// Skipped and withheld reminders are recorded as such. The claim comes
// before the mailer starts, and a claimed reminder is never sent again: a
// run that dies between claim and finish leaves it `sending`, which later
// runs report as `unknown` (at most once; the one window docs/cron.md
// names). A failed one is claimed again by the next run (a retry).
//
// Everything outside the protocol is injected: the mailer, the clock, the
// calendar attachment, the stop request (a signal) and this process's name
// in Message-IDs, so tests can fail, throw or stop the run at any step.
#pragma once

#include "mail/message.hpp"
#include "mail/sendmail.hpp"
#include "model/registry.hpp"
#include "remind/outcome.hpp"
#include "remind/plan.hpp"
#include "remind/withhold.hpp"
#include "state/state_db.hpp"
#include "time/civil_date.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::remind {

// The current instant, seconds since the epoch.
using Clock = std::function<std::int64_t()>;

// The steps of one delivery, in order.
enum class Step { claim, compose, send, finish };

// Who is sending: the machine's name (the default From and the domain of
// Message-IDs) and the process, so two runs in the same second make
// different Message-IDs.
struct Origin {
    std::string host;
    std::int64_t process = 0;
};

// This machine and this process.
Origin this_process();

struct SendOptions {
    BrokenFiles broken;  // files with errors: their reminders are withheld
    Origin origin;
    // The longest the mailer may take for one message. A `sending` row
    // younger than this (and a minute) may be another run's, still at
    // work; an older one is reported as unknown.
    int mailer_timeout = mail::kDefaultMailerTimeout;
    // The meeting as a calendar file, attached to a meeting's reminder
    // (nullptr or nullopt: none). Given by the caller, which has the renderer.
    std::function<std::optional<mail::Attachment>(const Target&)> attachment;
    // Asked before each reminder: true ends the run there, with the
    // message in hand finished and recorded (SIGTERM, SIGINT).
    std::function<bool()> stop_requested;
    // Called before each step of a delivery. For tests: what it throws
    // leaves the database as a run killed at that point would.
    std::function<void(Step, const Action&)> before_step;
};

// The mailer threw instead of answering: whether it sent is not known.
struct MailerError {
    std::string address;
    std::string what;
};

// What a run did, for the report. Complete as far as the run got, also
// when an error stopped it.
struct RunReport {
    Plan plan;                                    // the outcomes point into it
    std::vector<Outcome> outcomes;                // in the plan's order
    std::vector<state::LogEntry> missed;          // withheld until their day passed (now `missed`)
    std::vector<state::LogEntry> unknown;         // left `sending` by a run that stopped before finishing
    bool stopped = false;                         // stop_requested ended the run early
    std::optional<catalog::Problem> state_error;  // the database failed: the run ended there
    std::optional<MailerError> mailer_error;      // the mailer threw: the run ended there

    bool error() const { return state_error.has_value() || mailer_error.has_value(); }
    // A failed delivery, a missed or unknown one: cron must hear of it.
    bool any_failed() const;
};

// The sending run. `db` is open for writing. A mailer that throws leaves
// its reminder `sending` (it may have gone) and ends the run, as a state
// error does (mail::hand_over); exceptions of other kinds (from
// before_step, say) pass through with the database as they left it.
RunReport send_due(const model::Registry& registry, const time::CivilDate& today, state::StateDb& db,
                   const mail::Mailer& mailer, const Clock& clock, const SendOptions& options = {});

// A dry run: what send_due would do today, changing nothing. `db` may be
// nullptr (no database yet: nothing recorded).
RunReport preview_due(const model::Registry& registry, const time::CivilDate& today, state::StateDb* db,
                      const BrokenFiles& broken = {});

// The From address: settings.mail_from, else netadmin@host when that is a
// valid address, else netadmin@localhost.localdomain.
std::string default_sender(const model::Registry& registry, std::string_view host);

// "<hash.now.process@domain>": the hash is of the delivery's key, the
// domain that of `from`.
std::string message_id(const DeliveryKey& key, const std::string& from, std::int64_t now, std::int64_t process);

}  // namespace netadmin::remind
