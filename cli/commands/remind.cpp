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
#include "command_line.hpp"
#include "commands.hpp"

#include "mail/sendmail.hpp"
#include "people/retention.hpp"
#include "remind/run.hpp"
#include "render/ics.hpp"
#include "render/reminder_outcomes.hpp"
#include "state/state_db.hpp"
#include "time/stockholm.hpp"
#include "util/visible.hpp"

#include <csignal>

namespace netadmin::cli {

using i18n::Msg;
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

// A meeting reminder carries the meeting as an iCalendar file, so one click
// puts it in the recipient's calendar; a deadline reminder has no event to add.
std::optional<mail::Attachment> calendar_for(const Context& context, const remind::Target& target) {
    const auto* meeting = target.meeting;
    if (target.kind != remind::TargetKind::meeting || meeting == nullptr) return std::nullopt;
    return mail::Attachment{"text/calendar; charset=utf-8; method=PUBLISH", meeting->id + ".ics",
                            render::meeting_calendar(context.registry(), *meeting, context.today)};
}

// stdout: what happened, for people or scripts; stderr: what needs someone's attention.
void print_report(const Context& context, const Options& options, const remind::RunReport& report) {
    const bool json = options.format == "json";
    if (!report.outcomes.empty()) {
        context.print(json ? render::outcomes_json(report.outcomes, context.today)
                           : render::outcomes_text(report.outcomes, context.language));
    }
    std::string notices;
    for (const auto& entry : report.missed) notices += render::missed_text(entry, context.language) + "\n";
    for (const auto& entry : report.unknown) notices += render::unknown_text(entry, context.language) + "\n";
    if (notices.empty()) return;
    if (json) {
        std::fputs(notices.c_str(), stderr);
    } else {
        context.print((report.outcomes.empty() ? "" : "\n") + notices);
    }
}

// What stopped the run before its end: the report of what was done first.
int report_error(const Context& context, const Options& options, const remind::RunReport& report) {
    print_report(context, options, report);
    if (report.state_error) {
        context.error(i18n::format(context.language, *report.state_error));
    } else if (report.mailer_error) {
        context.error(context.tr(i18n::Msg::rem_mailer_threw, util::visible_controls(report.mailer_error->address),
                                 util::visible_controls(report.mailer_error->what)));
    }
    return exit_code::data_error;
}

// A registry with errors: what was withheld, on stderr, and exit status 1
// (also when nothing was due).
int tell_withheld(const Context& context, const remind::BrokenFiles& broken, const remind::RunReport& report,
                  int status) {
    for (const auto& line : render::withheld_summary(context.registry(), broken, report.outcomes, context.language)) {
        context.error(line);
    }
    return broken.any() ? exit_code::data_error : status;
}

int mailer_timeout(const Context& context, const Options& options) {
    if (options.mailer_timeout != -1) return options.mailer_timeout;
    return context.registry().settings.mailer_timeout.value_or(mail::kDefaultMailerTimeout);
}

// The pruning `state prune` does (docs/privacy.md), after the sending; not
// with a registry that has errors: a target in a broken file would look
// gone and its rows be pruned by their age alone.
catalog::Status prune(const Context& context, state::StateDb& db, const remind::BrokenFiles& broken) {
    if (broken.any()) return {};
    const int months = context.registry().settings.retention_months;
    const auto done = people::prune_expired(context.registry(), db, context.today, months);
    if (!done) return done.problem();
    const auto& pruned = *done;
    if (pruned.total() == 0) return {};
    context.error(context.tr(i18n::Msg::prune_done, static_cast<std::int64_t>(pruned.registrations),
                             static_cast<std::int64_t>(pruned.attendance), static_cast<std::int64_t>(pruned.counts),
                             static_cast<std::int64_t>(pruned.reminders), std::int64_t{months}));
    return {};
}

// The sending run: the protocol is remind::send_due's; here the real
// mailer, clock and signals are given to it, and its report is printed.
int send(Context& context, const Options& options, const std::filesystem::path& path,
         const remind::BrokenFiles& broken) {
    const auto mailer = mail::split_command(options.mailer);
    if (mailer.empty()) return context.usage_error(context.tr(i18n::Msg::err_mailer_empty));
    if (options.mailer_timeout != -1 && (options.mailer_timeout < 1 || options.mailer_timeout > 3600))
        return context.usage_error(
            context.tr(i18n::Msg::err_bad_mailer_timeout, static_cast<std::int64_t>(options.mailer_timeout)));
    remind::SendOptions run;
    run.broken = broken;
    run.origin = remind::this_process();
    run.mailer_timeout = mailer_timeout(context, options);
    run.attachment = [&context](const remind::Target& target) { return calendar_for(context, target); };
    run.stop_requested = [] { return stop_signal != 0; };
    auto opened = state::StateDb::open_for_writing(path);
    if (!opened) return context.fail(opened.problem());
    auto& db = *opened;
    if (db->created()) context.error(context.tr(i18n::Msg::err_state_created, path.string()));
    const StopOnSignal stopping;
    const auto report = remind::send_due(context.registry(), context.today, *db,
                                         mail::sendmail_mailer(mailer, run.mailer_timeout), clock_now, run);
    if (report.error()) return report_error(context, options, report);
    if (auto pruned = prune(context, *db, broken); !pruned) return context.fail(pruned.problem());
    db->checkpoint();
    print_report(context, options, report);
    auto status = report.any_failed() ? exit_code::data_error : exit_code::ok;
    // Also a signal during the last message: the run may have been cut short.
    if (stop_signal != 0) {
        context.error(context.tr(i18n::Msg::rem_stopped, std::string(stop_signal == SIGINT ? "SIGINT" : "SIGTERM")));
        status = exit_code::data_error;
    }
    return tell_withheld(context, broken, report, status);
}

int dry_run(Context& context, const Options& options, const std::filesystem::path& path,
            const remind::BrokenFiles& broken) {
    auto db = state::StateDb::open_for_reading(path);
    if (!db) return context.fail(db.problem());
    const auto report = remind::preview_due(context.registry(), context.today, db->get(), broken);
    if (report.error()) return report_error(context, options, report);
    print_report(context, options, report);
    return tell_withheld(context, broken, report, exit_code::ok);
}

int run(Context& context, const Options& options) {
    const auto& path = context.state_file;
    const remind::BrokenFiles broken(context.registry(), context.loaded->diagnostics);
    return options.send ? send(context, options, path, broken) : dry_run(context, options, path, broken);
}

}  // namespace

Runner define_remind(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_format_option(command, options->format, render::formats_of(render::ViewKind::summary));
    help_from_catalogue(command.add_flag("--send", options->send), Msg::help_remind_send);
    help_from_catalogue(command.add_option("--mailer", options->mailer), Msg::help_remind_mailer)
        ->capture_default_str();
    help_from_catalogue(command.add_option("--mailer-timeout", options->mailer_timeout),
                        Msg::help_remind_mailer_timeout);
    return [options](Context& context) { return run(context, *options); };
}

}  // namespace netadmin::cli
