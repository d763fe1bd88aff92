// netadmin remind [--send] [--mailer CMD] [--mailer-timeout SECONDS] [--format text|json]
//
// Without --send: prints what is due today, grouped by meeting, and changes
// nothing (not even creating the state database); prints nothing when
// nothing is due. With --send: claims each due reminder in the state
// database, hands it to the mailer, records the outcome; exit 1 when any
// delivery failed, so cron reports it.
//
// The operator always hears what happened: reminders withheld because the
// registry has errors (remind/withhold.hpp) and those missed because of it,
// deliveries whose outcome is unknown (until `reminders ack`), a new state
// database, what was sent before a state error or a signal stopped the run.
#include "commands.hpp"

#include "mail/sendmail.hpp"
#include "remind/outcome_view.hpp"
#include "remind/plan.hpp"
#include "remind/reminder_mail.hpp"
#include "render/ics.hpp"
#include "state/state_db.hpp"
#include "time/stockholm.hpp"
#include "util/email.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <csignal>

namespace netadmin::cli {
namespace {

struct Options {
    bool send = false;
    std::string mailer{mail::kDefaultMailer};
    int mailer_timeout = -1;  // -1: settings.mailer_timeout, else mail::kDefaultMailerTimeout
    std::string format;
};

// SIGTERM (systemd stop) and SIGINT (Ctrl-C) during a sending run: the
// message in hand is finished or failed and recorded, then the run stops.
volatile std::sig_atomic_t stop_signal = 0;

extern "C" void note_stop(int signal) { stop_signal = signal; }

class StopOnSignal {
public:
    StopOnSignal() {
        struct sigaction action {};
        action.sa_handler = note_stop;
        sigemptyset(&action.sa_mask);
        sigaction(SIGTERM, &action, &term_);
        sigaction(SIGINT, &action, &int_);
    }
    ~StopOnSignal() {
        sigaction(SIGTERM, &term_, nullptr);
        sigaction(SIGINT, &int_, nullptr);
    }
    StopOnSignal(const StopOnSignal&) = delete;
    StopOnSignal& operator=(const StopOnSignal&) = delete;

private:
    struct sigaction term_ {};
    struct sigaction int_ {};
};

remind::StateLookup lookup_in(state::StateDb* db) {
    if (db == nullptr) return remind::empty_state();
    return [db](const remind::DeliveryKey& key) { return db->status(key); };
}

std::string default_from(const model::Registry& registry) {
    if (!registry.settings.mail_from.empty()) return registry.settings.mail_from;
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0 && util::is_valid_email(std::string("netadmin@") + host)) {
        return std::string("netadmin@") + host;
    }
    return "netadmin@localhost.localdomain";
}

std::string message_id(const remind::DeliveryKey& key, const std::string& from, std::int64_t now) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const auto& part : {key.target, key.recipient, std::to_string(key.offset), time::to_iso(key.reference)}) {
        for (unsigned char c : part) hash = (hash ^ c) * 1099511628211ULL;
        hash = (hash ^ 0xff) * 1099511628211ULL;
    }
    return fmt::format("<{:016x}.{}.{}@{}>", hash, now, ::getpid(), from.substr(from.find('@') + 1));
}

// A meeting reminder carries the meeting as an iCalendar file, so one click
// puts it in the recipient's calendar; a deadline reminder has no event to add.
std::optional<mail::Attachment> calendar_for(const Context& context, const remind::Action& action) {
    const auto* meeting = action.target->meeting;
    if (action.target->kind != remind::TargetKind::meeting || meeting == nullptr) return std::nullopt;
    return mail::Attachment{"text/calendar; charset=utf-8; method=PUBLISH", meeting->id + ".ics",
                            render::meeting_calendar(context.registry(), *meeting, context.today)};
}

state::DeliveryInfo info_of(const remind::Action& action) {
    return {action.target->kind == remind::TargetKind::meeting ? "meeting" : "deadline", action.address, action.due};
}

// Sends one claimed reminder. The outcome is added to `outcomes` before it
// is recorded: if recording fails (a full disk), the report still says
// what the mailer did, and the next runs report the delivery as unknown.
void deliver(const Context& context, state::StateDb& db, const remind::Action& action,
             const std::vector<std::string>& mailer, int timeout, std::int64_t now,
             std::vector<remind::Outcome>& outcomes) {
    if (!db.claim(action.key, info_of(action), now)) return;
    const auto from = default_from(context.registry());
    const auto id = message_id(action.key, from, now);
    const auto composed = mail::compose(
        remind::reminder_message(context.registry(), action, from, now, id, calendar_for(context, action)));
    mail::MailerResult result;
    if (const auto* problem = std::get_if<mail::ComposeError>(&composed)) {
        result = {false, problem->message};
    } else {
        result = mail::run_mailer(mailer, std::get<std::string>(composed), timeout);
    }
    outcomes.push_back(
        {&action, result.ok ? remind::Result::sent : remind::Result::failed, result.ok ? "" : result.detail});
    const auto status = result.ok ? remind::DeliveryStatus::sent : remind::DeliveryStatus::failed;
    db.finish(action.key, status, result.ok ? "" : result.detail, id, clock_now());
}

remind::DeliveryStatus recorded_as(remind::ActionKind kind) {
    switch (kind) {
        case remind::ActionKind::skip_superseded: return remind::DeliveryStatus::skipped_superseded;
        case remind::ActionKind::withhold: return remind::DeliveryStatus::withheld;
        case remind::ActionKind::missing_address:
        case remind::ActionKind::send: break;
    }
    return remind::DeliveryStatus::skipped_no_address;
}

// Runs the plan, adding what is worth telling to `outcomes` as it goes, so
// that a state error or a signal still leaves the report of what was done.
void carry_out(const Context& context, state::StateDb& db, const remind::Plan& plan,
               const std::vector<std::string>& mailer, int timeout, std::int64_t now,
               std::vector<remind::Outcome>& outcomes) {
    for (const auto& action : plan.actions) {
        if (stop_signal != 0) return;
        if (action.kind == remind::ActionKind::send) {
            deliver(context, db, action, mailer, timeout, now, outcomes);
            continue;
        }
        db.record_skip(action.key, info_of(action), recorded_as(action.kind), now);
        outcomes.push_back({&action, remind::Result::recorded, ""});
    }
}

struct Report {
    std::vector<remind::Outcome> outcomes;
    std::vector<state::LogEntry> missed;
    std::vector<state::LogEntry> unknown;
};

// stdout: what happened, for people or scripts; stderr: what needs someone's attention.
void print_report(const Context& context, const Options& options, const Report& report) {
    const bool json = options.format == "json";
    if (!report.outcomes.empty()) {
        context.print(json ? remind::outcomes_json(report.outcomes, context.today)
                           : remind::outcomes_text(report.outcomes, context.language));
    }
    std::string notices;
    for (const auto& entry : report.missed) notices += remind::missed_text(entry, context.language) + "\n";
    for (const auto& entry : report.unknown) notices += remind::unknown_text(entry, context.language) + "\n";
    if (notices.empty()) return;
    if (json) {
        std::fputs(notices.c_str(), stderr);
    } else {
        context.print((report.outcomes.empty() ? "" : "\n") + notices);
    }
}

bool any_failed(const Report& report) {
    return !report.missed.empty() || !report.unknown.empty() ||
           std::any_of(report.outcomes.begin(), report.outcomes.end(),
                       [](const auto& outcome) { return outcome.result == remind::Result::failed; });
}

int mailer_timeout(const Context& context, const Options& options) {
    if (options.mailer_timeout != -1) return options.mailer_timeout;
    return context.registry().settings.mailer_timeout.value_or(mail::kDefaultMailerTimeout);
}

// The sending run. Whatever stops it, the report of what was done is printed first.
int send(Context& context, const Options& options, const std::filesystem::path& path, const remind::BrokenFiles& broken,
         std::int64_t now, Report& report, std::optional<remind::Plan>& plan) {
    const auto mailer = mail::split_command(options.mailer);
    if (mailer.empty()) return context.usage_error(context.tr(i18n::Msg::err_mailer_empty));
    if (options.mailer_timeout != -1 && (options.mailer_timeout < 1 || options.mailer_timeout > 3600))
        return context.usage_error(
            context.tr(i18n::Msg::err_bad_mailer_timeout, {static_cast<std::int64_t>(options.mailer_timeout)}));
    const auto timeout = mailer_timeout(context, options);
    auto db = state::StateDb::open_for_writing(path);
    if (db->created()) context.error(context.tr(i18n::Msg::err_state_created, {path.string()}));
    const StopOnSignal stopping;
    try {
        report.missed = db->mark_missed(context.today, now);
        plan.emplace(remind::plan(
            context.registry(), context.today, [&db](const remind::DeliveryKey& key) { return db->status(key); },
            broken));
        carry_out(context, *db, *plan, mailer, timeout, now, report.outcomes);
        // Younger `sending` rows may be another run's, still at work.
        report.unknown = db->unknown(clock_now(), std::int64_t{timeout} + 60);
    } catch (const state::StateError&) {
        print_report(context, options, report);
        throw;
    }
    db->checkpoint();
    print_report(context, options, report);
    if (stop_signal != 0) {
        context.error(context.tr(i18n::Msg::rem_stopped, {std::string(stop_signal == SIGINT ? "SIGINT" : "SIGTERM")}));
        return exit_code::data_error;
    }
    return any_failed(report) ? exit_code::data_error : exit_code::ok;
}

int dry_run(Context& context, const Options& options, const std::filesystem::path& path,
            const remind::BrokenFiles& broken, Report& report, std::optional<remind::Plan>& plan) {
    auto db = state::StateDb::open_for_reading(path);
    plan.emplace(remind::plan(context.registry(), context.today, lookup_in(db.get()), broken));
    for (const auto& action : plan->actions) report.outcomes.push_back({&action, remind::Result::planned, ""});
    print_report(context, options, report);
    return exit_code::ok;
}

int run(Context& context, const Options& options) {
    const auto now = context.now;
    const auto& path = context.state_file;
    const remind::BrokenFiles broken(context.registry(), context.loaded->diagnostics);
    Report report;
    std::optional<remind::Plan> plan;  // the outcomes point into it
    const int status = options.send ? send(context, options, path, broken, now, report, plan)
                                    : dry_run(context, options, path, broken, report, plan);
    if (status == exit_code::usage) return status;
    for (const auto& line : remind::withheld_summary(context.registry(), broken, report.outcomes, context.language)) {
        context.error(line);
    }
    return broken.any() ? exit_code::data_error : status;
}

}  // namespace

Runner define_remind(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_format_option(command, options->format, render::formats_of(render::ViewKind::summary));
    command.add_flag("--send", options->send, "Send the due reminders (default: only show them)");
    command
        .add_option("--mailer", options->mailer,
                    "Sendmail-compatible program and its arguments, split at spaces (no shell)")
        ->capture_default_str();
    command.add_option("--mailer-timeout", options->mailer_timeout,
                       "Seconds the mailer may take for one message before it is stopped (default: settings "
                       "mailer_timeout, else 60)");
    return [options](Context& context) {
        try {
            return run(context, *options);
        } catch (const state::StateError& e) {
            context.error(e.text(context.language));
            return exit_code::data_error;
        }
    };
}

}  // namespace netadmin::cli
