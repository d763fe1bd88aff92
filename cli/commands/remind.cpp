// netadmin remind [--send] [--mailer CMD] [--format text|json]
//
// Without --send: prints what is due today, grouped by meeting, and changes
// nothing (not even creating the state database); prints nothing when
// nothing is due. With --send: claims each due reminder in the state
// database, hands it to the mailer, records the outcome; exit 1 when any
// delivery failed, so cron reports it.
#include "commands.hpp"

#include "render/ics.hpp"
#include "state_path.hpp"

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

namespace netadmin::cli {
namespace {

struct Options {
    bool send = false;
    std::string mailer{mail::kDefaultMailer};
    std::string format;
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

// The meeting as an ICS attachment. The seam for the calendar renderer
// (render/ics): until it is wired in, reminders go without an attachment.
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

remind::Outcome deliver(const Context& context, state::StateDb& db, const remind::Action& action,
                        const std::vector<std::string>& mailer, std::int64_t now, bool& claimed) {
    claimed = db.claim(action.key, info_of(action), now);
    if (!claimed) return {};
    const auto from = default_from(context.registry());
    const auto id = message_id(action.key, from, now);
    const auto composed = mail::compose(
        remind::reminder_message(context.registry(), action, from, now, id, calendar_for(context, action)));
    mail::MailerResult result;
    if (const auto* problem = std::get_if<mail::ComposeError>(&composed)) {
        result = {false, problem->message};
    } else {
        result = mail::run_mailer(mailer, std::get<std::string>(composed));
    }
    const auto status = result.ok ? remind::DeliveryStatus::sent : remind::DeliveryStatus::failed;
    db.finish(action.key, status, result.ok ? "" : result.detail, id, clock_now());
    return {&action, result.ok ? remind::Result::sent : remind::Result::failed, result.ok ? "" : result.detail};
}

// Runs the plan; returns the outcomes worth telling about.
std::vector<remind::Outcome> carry_out(const Context& context, state::StateDb& db, const remind::Plan& plan,
                                       const std::vector<std::string>& mailer, std::int64_t now) {
    std::vector<remind::Outcome> outcomes;
    for (const auto& action : plan.actions) {
        if (action.kind == remind::ActionKind::send) {
            bool claimed = false;
            auto outcome = deliver(context, db, action, mailer, now, claimed);
            if (claimed) outcomes.push_back(std::move(outcome));
            continue;
        }
        const auto status = action.kind == remind::ActionKind::skip_superseded
                                ? remind::DeliveryStatus::skipped_superseded
                                : remind::DeliveryStatus::skipped_no_address;
        db.record_skip(action.key, info_of(action), status, now);
        outcomes.push_back({&action, remind::Result::recorded, ""});
    }
    return outcomes;
}

int run(Context& context, const Options& options) {
    const auto now = clock_now();
    if (context.options.today.empty()) context.today = time::stockholm_date(now);
    const auto path = state_path(context);
    if (path.empty()) return context.usage_error("no state database: give --state FILE (HOME is not set)");
    const auto mailer = mail::split_command(options.mailer);
    if (options.send && mailer.empty()) return context.usage_error("--mailer must name a program");
    auto db = options.send ? state::StateDb::open_for_writing(path) : state::StateDb::open_for_reading(path);
    const auto plan = remind::plan(context.registry(), context.today, lookup_in(db.get()));
    std::vector<remind::Outcome> outcomes;
    if (options.send) {
        outcomes = carry_out(context, *db, plan, mailer, now);
    } else {
        for (const auto& action : plan.actions) outcomes.push_back({&action, remind::Result::planned, ""});
    }
    if (outcomes.empty()) return exit_code::ok;  // nothing due: silence, for cron
    const auto text = options.format == "json" ? remind::outcomes_json(outcomes, context.today)
                                               : remind::outcomes_text(outcomes, context.language);
    context.print(text);
    const bool failed = std::any_of(outcomes.begin(), outcomes.end(),
                                    [](const auto& outcome) { return outcome.result == remind::Result::failed; });
    return failed ? exit_code::data_error : exit_code::ok;
}

}  // namespace

Runner define_remind(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_format_option(command, options->format, {"text", "json"});
    command.add_flag("--send", options->send, "Send the due reminders (default: only show them)");
    command
        .add_option("--mailer", options->mailer,
                    "Sendmail-compatible program and its arguments, split at spaces (no shell)")
        ->capture_default_str();
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
