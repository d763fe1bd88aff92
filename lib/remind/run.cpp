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
                if (!recorded(db_.record_skip(action.key, info_of(action), recorded_as(action.kind), now_))) return;
                report_.outcomes.push_back({&action, Result::recorded, std::nullopt});
                continue;
            }
            if (!deliver(action)) return;
        }
    }

private:
    // False, with the problem in the report, when the database failed.
    template <typename T>
    bool recorded(const catalog::Result<T>& result) {
        if (!result) report_.state_error = result.problem();
        return result.ok();
    }

    void before(Step step, const Action& action) const {
        if (options_.before_step) options_.before_step(step, action);
    }

    // One reminder through claim, compose, send and finish. The outcome is
    // added to the report before it is recorded: if recording fails (a full
    // disk), the report still says what the mailer did, and later runs
    // report the delivery as unknown. False when the run must end here.
    bool deliver(const Action& action) {
        before(Step::claim, action);
        const auto claimed = db_.claim(action.key, info_of(action), now_);
        if (!recorded(claimed)) return false;
        if (!*claimed) return true;  // another run has it, or had it
        before(Step::compose, action);
        const auto id = message_id(action.key, from_, now_, options_.origin.process);
        const auto attachment = options_.attachment ? options_.attachment(*action.target) : std::nullopt;
        const auto composed = mail::compose(reminder_message(registry_, action, from_, now_, id, attachment));
        mail::MailerResult result;
        if (!composed) {
            result = composed.problem();  // never handed over: safe to try again
        } else {
            before(Step::send, action);
            auto handover = mail::hand_over(mailer_, *composed);
            if (handover.threw) {
                // It may have gone: left `sending`, never sent again.
                report_.mailer_error = MailerError{action.address, std::move(*handover.threw)};
                return false;
            }
            result = std::move(handover.result);
        }
        std::optional<catalog::Problem> problem;
        if (!result) problem = result.problem();
        report_.outcomes.push_back({&action, result ? Result::sent : Result::failed, problem});
        before(Step::finish, action);
        // The log keeps the key and its words, so it is read in the reader's language.
        return recorded(db_.finish(action.key, result ? DeliveryStatus::sent : DeliveryStatus::failed,
                                   problem ? catalog::to_stored(*problem) : "", id, clock_()));
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

// The planner's questions to the state database. The planner is a pure
// function of its answers; a question the database cannot answer is
// answered "nothing", and the first such problem fails the plan.
class StateAnswers {
public:
    explicit StateAnswers(state::StateDb* db) : db_(db) {}

    StateLookup deliveries() {
        if (db_ == nullptr) return empty_state();
        return [this](const DeliveryKey& key) -> std::optional<DeliveryStatus> {
            auto status = db_->status(key);
            if (status) return *status;
            keep(status.problem());
            return std::nullopt;
        };
    }

    // The registrants of a meeting or programme, as the state database has them.
    RegistrantLookup registrants() {
        if (db_ == nullptr) return {};
        return [this](const std::string& id) {
            std::vector<Registrant> out;
            auto rows = state::Participants(*db_).registrations(id);
            if (!rows) {
                keep(rows.problem());
                return out;
            }
            for (auto& row : *rows) out.push_back({std::move(row.email), std::move(row.name)});
            return out;
        };
    }

    // The plan, or the first problem the database gave while it was made.
    catalog::Result<Plan> checked(Plan plan) const {
        if (!first_) return first_.problem();
        return plan;
    }

private:
    void keep(const catalog::Problem& problem) {
        if (first_) first_ = problem;
    }

    state::StateDb* db_;
    catalog::Status first_;
};

catalog::Result<Plan> plan_against(const model::Registry& registry, const time::CivilDate& today, state::StateDb* db,
                                   const BrokenFiles& broken) {
    StateAnswers answers(db);
    auto planned = plan(registry, today, answers.deliveries(), broken, answers.registrants());
    return answers.checked(std::move(planned));
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
    auto missed = db.mark_missed(today, now);
    if (!missed) {
        report.state_error = missed.problem();
        return report;
    }
    report.missed = std::move(*missed);
    auto planned = plan_against(registry, today, &db, options.broken);
    if (!planned) {
        report.state_error = planned.problem();
        return report;
    }
    report.plan = std::move(*planned);
    Run(registry, db, mailer, clock, options, now, report).carry_out();
    if (report.error()) return report;
    // Younger `sending` rows may be another run's, still at work.
    auto unknown = db.unknown(clock(), std::int64_t{options.mailer_timeout} + kSettleMargin);
    if (unknown)
        report.unknown = std::move(*unknown);
    else
        report.state_error = unknown.problem();
    return report;
}

RunReport preview_due(const model::Registry& registry, const time::CivilDate& today, state::StateDb* db,
                      const BrokenFiles& broken) {
    RunReport report;
    auto planned = plan_against(registry, today, db, broken);
    if (!planned) {
        report.state_error = planned.problem();
        return report;
    }
    report.plan = std::move(*planned);
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
