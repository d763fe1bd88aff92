// The reminder run (see run.hpp).
#include "remind/run.hpp"

#include "catalog/stored.hpp"
#include "remind/reminder_mail.hpp"
#include "state/participants.hpp"
#include "util/email.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <exception>

namespace netadmin::remind {
namespace {

// A `sending` row this much older than the mailer's timeout is not another
// run's message in hand: its run stopped before recording the outcome.
constexpr std::int64_t kSettleMargin = 60;

state::DeliveryInfo info_of(const Action& action) {
    return {action.target->kind == TargetKind::meeting ? "meeting" : "deadline", action.address, action.due};
}

DeliveryStatus recorded_as(ActionKind kind) {
    switch (kind) {
        case ActionKind::skip_superseded: return DeliveryStatus::skipped_superseded;
        case ActionKind::withhold: return DeliveryStatus::withheld;
        case ActionKind::missing_address:
        case ActionKind::send: break;
    }
    return DeliveryStatus::skipped_no_address;
}

class Run {
public:
    Run(const model::Registry& registry, state::StateDb& db, const mail::Mailer& mailer, const Clock& clock,
        const SendOptions& options, std::int64_t now, RunReport& report)
        : registry_(registry),
          db_(db),
          mailer_(mailer),
          clock_(clock),
          options_(options),
          now_(now),
          report_(report),
          from_(default_sender(registry, options.origin.host)) {}

    // Carries out the plan, adding what is worth telling to the report as it
    // goes, so that an error or a stop still leaves the report of what was done.
    void carry_out() {
        for (const auto& action : report_.plan.actions) {
            if (options_.stop_requested && options_.stop_requested()) {
                report_.stopped = true;
                return;
            }
            if (action.kind != ActionKind::send) {
                db_.record_skip(action.key, info_of(action), recorded_as(action.kind), now_);
                report_.outcomes.push_back({&action, Result::recorded, std::nullopt});
                continue;
            }
            if (!deliver(action)) return;
        }
    }

private:
    void before(Step step, const Action& action) const {
        if (options_.before_step) options_.before_step(step, action);
    }

    // One reminder through claim, compose, send and finish. The outcome is
    // added to the report before it is recorded: if recording fails (a full
    // disk), the report still says what the mailer did, and later runs
    // report the delivery as unknown. False when the run must end here.
    bool deliver(const Action& action) {
        before(Step::claim, action);
        if (!db_.claim(action.key, info_of(action), now_)) return true;  // another run has it, or had it
        before(Step::compose, action);
        const auto id = message_id(action.key, from_, now_, options_.origin.process);
        const auto attachment = options_.attachment ? options_.attachment(*action.target) : std::nullopt;
        const auto composed = mail::compose(reminder_message(registry_, action, from_, now_, id, attachment));
        mail::MailerResult result;
        if (!composed) {
            result = composed.problem();  // never handed over: safe to try again
        } else {
            before(Step::send, action);
            try {
                result = mailer_(*composed);
            } catch (const std::exception& e) {
                // It may have gone: left `sending`, never sent again.
                report_.mailer_error = MailerError{action.address, e.what()};
                return false;
            }
        }
        std::optional<catalog::Problem> problem;
        if (!result) problem = result.problem();
        report_.outcomes.push_back({&action, result ? Result::sent : Result::failed, problem});
        before(Step::finish, action);
        // The log keeps the key and its words, so it is read in the reader's language.
        db_.finish(action.key, result ? DeliveryStatus::sent : DeliveryStatus::failed,
                   problem ? catalog::to_stored(*problem) : "", id, clock_());
        return true;
    }

    const model::Registry& registry_;
    state::StateDb& db_;
    const mail::Mailer& mailer_;
    const Clock& clock_;
    const SendOptions& options_;
    std::int64_t now_;
    RunReport& report_;
    std::string from_;
};

StateLookup lookup_in(state::StateDb* db) {
    if (db == nullptr) return empty_state();
    return [db](const DeliveryKey& key) { return db->status(key); };
}

// The registrants of a meeting or programme, as the state database has them.
RegistrantLookup registrants_in(state::StateDb* db) {
    if (db == nullptr) return {};
    return [db](const std::string& id) {
        std::vector<Registrant> out;
        for (auto& row : state::Participants(*db).registrations(id))
            out.push_back({std::move(row.email), std::move(row.name)});
        return out;
    };
}

}  // namespace

bool RunReport::any_failed() const {
    return !missed.empty() || !unknown.empty() ||
           std::any_of(outcomes.begin(), outcomes.end(),
                       [](const Outcome& outcome) { return outcome.result == Result::failed; });
}

Origin this_process() {
    char host[256] = {};
    Origin origin{"", static_cast<std::int64_t>(::getpid())};
    if (::gethostname(host, sizeof host - 1) == 0) origin.host = host;
    return origin;
}

RunReport send_due(const model::Registry& registry, const time::CivilDate& today, state::StateDb& db,
                   const mail::Mailer& mailer, const Clock& clock, const SendOptions& options) {
    RunReport report;
    const auto now = clock();
    try {
        report.missed = db.mark_missed(today, now);
        report.plan = plan(registry, today, lookup_in(&db), options.broken, registrants_in(&db));
        Run(registry, db, mailer, clock, options, now, report).carry_out();
        if (report.mailer_error) return report;
        // Younger `sending` rows may be another run's, still at work.
        report.unknown = db.unknown(clock(), std::int64_t{options.mailer_timeout} + kSettleMargin);
    } catch (const state::StateError& e) {
        report.state_error = e;
    }
    return report;
}

RunReport preview_due(const model::Registry& registry, const time::CivilDate& today, state::StateDb* db,
                      const BrokenFiles& broken) {
    RunReport report;
    report.plan = plan(registry, today, lookup_in(db), broken, registrants_in(db));
    for (const auto& action : report.plan.actions) report.outcomes.push_back({&action, Result::planned, std::nullopt});
    return report;
}

std::string default_sender(const model::Registry& registry, std::string_view host) {
    if (!registry.settings.mail_from.empty()) return registry.settings.mail_from;
    const auto candidate = "netadmin@" + std::string(host);
    if (!host.empty() && util::is_valid_email(candidate)) return candidate;
    return "netadmin@localhost.localdomain";
}

std::string message_id(const DeliveryKey& key, const std::string& from, std::int64_t now, std::int64_t process) {
    std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a over the key's parts, each ended by 0xff
    for (const auto& part : {key.target, key.recipient, std::to_string(key.offset), time::to_iso(key.reference)}) {
        for (unsigned char c : part) hash = (hash ^ c) * 1099511628211ULL;
        hash = (hash ^ 0xff) * 1099511628211ULL;
    }
    return fmt::format("<{:016x}.{}.{}@{}>", hash, now, process, from.substr(from.find('@') + 1));
}

}  // namespace netadmin::remind
