// The reminder run's exactly-once promises (docs/cron.md), on a real state
// database in a temporary folder, with a fake mailer and a pinned clock.
//
// The registry: one meeting on 2030-03-20 with reminders 14 and 7 days
// before, for five people, one without an address. On 2030-03-13 both
// have fallen due: each person's 14-day reminder is recorded as superseded
// and the 7-day one is sent to the four with an address (in id order:
// anna, bo, david, eva); Cecilia's is recorded as having no address.
//
// A "crash" is an exception the library does not know (Crash): it leaves
// the run where it was, with every database change so far committed and
// nothing else, as a killed process would; the test then starts a new run.
#include "remind/run.hpp"

#include "i18n/catalog.hpp"
#include "load/registry_loader.hpp"
#include "mail/message.hpp"
#include "state/state_error.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

namespace netadmin::remind {
namespace {

using state::unwrap;
using time::CivilDate;

const CivilDate kToday{2030, 3, 13};
constexpr std::int64_t kStart = 1899100000;  // the pinned "now" of a run
constexpr std::int64_t kSettled = mail::kDefaultMailerTimeout + 60 + 1;
const std::vector<std::string> kAddresses{"anna@example.se", "bo@example.se", "david@example.se", "eva@example.se"};

constexpr std::string_view kSettings = R"(
[settings]
language = "sv"
mail_from = "natverket@example.se"

[settings.reminders]
meeting_days = [14, 7]
)";

constexpr std::string_view kRegion = R"(
[region]
id = "uppsala"
county = "03"
name = "Region Uppsala"

[[person]]
id = "anna-astrom"
name = "Anna Åström"
email = "anna@example.se"

[[person]]
id = "bo-ek"
name = "Bo Ek"
email = "bo@example.se"

[[person]]
id = "cecilia-oberg"
name = "Cecilia Öberg"

[[person]]
id = "david-lind"
name = "David Lind"
email = "david@example.se"

[[person]]
id = "eva-arlig"
name = "Eva Ärlig"
email = "eva@example.se"

[[network]]
id = "natverket"
name = "Nätverket i Uppsala"

[[meeting]]
id = "traff"
kind = "network-meeting"
title = "Nätverksträff i Uppsala"
network = "natverket"
date = 2030-03-20
recipients = ["anna-astrom", "bo-ek", "cecilia-oberg", "david-lind", "eva-arlig"]
)";

load::LoadResult test_registry(std::string_view settings = kSettings) {
    auto reference = load::parse_reference("lanskod,lan,region_name\n03,Uppsala län,Region Uppsala\n",
                                           "kommunkod,kommun,lanskod\n0380,Uppsala,03\n");
    auto loaded = load::load_registry_from_sources(
        {{"settings.toml", std::string(settings)}, {"uppsala.toml", std::string(kRegion)}}, std::move(reference));
    REQUIRE(loaded.ok());
    return loaded;
}

// Not a std::exception: the run does not catch it.
struct Crash {};

// The address in a message's To: header.
std::string recipient_of(const std::string& message) {
    const auto line = message.find("\nTo: ");
    REQUIRE(line != std::string::npos);
    const auto open = message.find('<', line);
    const auto close = message.find('>', open);
    REQUIRE(close != std::string::npos);
    return message.substr(open + 1, close - open - 1);
}

enum class Behaviour {
    deliver,       // takes the message
    refuse,        // says no, as sendmail with exit status 75
    throw_error,   // throws a std::exception: did it send? nobody knows
    crash_before,  // the run dies before the mail server has the message
    crash_after,   // the run dies after the mail server took it
};

// The mail server and everything that stands between it and the run.
class World {
public:
    World() : loaded_(test_registry()) {}

    // The state file, as a new process would open it.
    std::unique_ptr<state::StateDb> open() {
        return unwrap(state::StateDb::open_for_writing(dir_.path() / "state.db"));
    }

    // One run with a mailer that behaves as `behaviour` says for its address
    // (else delivers), at the instant `now`.
    RunReport run(const std::map<std::string, Behaviour>& behaviour = {}, SendOptions options = {}) {
        auto db = open();
        const mail::Mailer mailer = [this, behaviour](const std::string& message) -> mail::MailerResult {
            const auto to = recipient_of(message);
            const auto it = behaviour.find(to);
            switch (it == behaviour.end() ? Behaviour::deliver : it->second) {
                case Behaviour::deliver: break;
                case Behaviour::refuse:
                    return catalog::Problem(catalog::Msg::mail_exit_status_said, "sendmail", 75, "try again later");
                case Behaviour::throw_error: throw std::runtime_error("out of pipes");
                case Behaviour::crash_before: throw Crash{};
                case Behaviour::crash_after: outbox.push_back(to); throw Crash{};
            }
            outbox.push_back(to);
            messages.push_back(message);
            return {};
        };
        options.origin = {"mail.example.se", 4242};
        return send_due(
            loaded_.registry, kToday, *db, mailer, [this] { return now; }, options);
    }

    // How many messages reached `address`.
    long delivered(const std::string& address) const { return std::count(outbox.begin(), outbox.end(), address); }

    // Every row of the log, oldest first.
    std::vector<state::LogEntry> log() { return unwrap(open()->log({})); }

    // "recipient offset status" per row, in key order.
    std::vector<std::string> rows() {
        std::vector<std::string> out;
        for (const auto& entry : log()) {
            out.push_back(entry.key.recipient + " " + std::to_string(entry.key.offset) + " " +
                          std::string(status_name(entry.status)));
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // The status of the 7-day reminder to the person with `address`.
    std::string status_of(const std::string& address) {
        for (const auto& entry : log()) {
            if (entry.info.address == address && entry.key.offset == 7) return std::string(status_name(entry.status));
        }
        return "none";
    }

    const model::Registry& registry() const { return loaded_.registry; }

    // The state file's bytes replaced by others of the same length, under
    // an open database: as a disk fault or another program would leave it.
    void spoil_state_file() {
        const auto path = dir_.path() / "state.db";
        const auto size = std::filesystem::file_size(path);
        std::ofstream(path, std::ios::binary | std::ios::in) << std::string(size, '\x5a');
    }

    std::int64_t now = kStart;
    std::vector<std::string> outbox;    // the address of every message the mail server took
    std::vector<std::string> messages;  // the messages delivered normally

private:
    testing::TempDir dir_;
    load::LoadResult loaded_;
};

using Lines = std::vector<std::string>;

const Lines kAllDone{"anna-astrom 14 skipped-superseded",   "anna-astrom 7 sent",
                     "bo-ek 14 skipped-superseded",         "bo-ek 7 sent",
                     "cecilia-oberg 14 skipped-superseded", "cecilia-oberg 7 skipped-no-address",
                     "david-lind 14 skipped-superseded",    "david-lind 7 sent",
                     "eva-arlig 14 skipped-superseded",     "eva-arlig 7 sent"};

std::vector<std::string> results(const RunReport& report) {
    std::vector<std::string> out;
    for (const auto& outcome : report.outcomes) {
        const char* result = outcome.result == Result::sent       ? "sent"
                             : outcome.result == Result::failed   ? "failed"
                             : outcome.result == Result::recorded ? "recorded"
                                                                  : "planned";
        out.push_back(outcome.action->key.recipient + " " + std::to_string(outcome.action->key.offset) + " " + result);
    }
    return out;
}

const char* step_name(Step step) {
    switch (step) {
        case Step::claim: return "claim";
        case Step::compose: return "compose";
        case Step::send: return "send";
        case Step::finish: return "finish";
    }
    return "";
}

}  // namespace

TEST_SUITE("remind::send_due") {
    TEST_CASE("a run sends each due reminder once and records the rest, a second run sends nothing") {
        World world;
        const auto first = world.run();
        CHECK(world.outbox == kAddresses);
        CHECK(world.rows() == kAllDone);
        CHECK(results(first) == Lines{"anna-astrom 14 recorded", "anna-astrom 7 sent", "bo-ek 14 recorded",
                                      "bo-ek 7 sent", "cecilia-oberg 14 recorded", "cecilia-oberg 7 recorded",
                                      "david-lind 14 recorded", "david-lind 7 sent", "eva-arlig 14 recorded",
                                      "eva-arlig 7 sent"});
        CHECK_FALSE(first.any_failed());
        CHECK_FALSE(first.error());

        world.now += 3600;
        const auto second = world.run();
        CHECK(second.outcomes.empty());
        CHECK(world.outbox == kAddresses);
        CHECK(world.rows() == kAllDone);
    }

    TEST_CASE("the injected clock sets every timestamp: claims and the message at the start, outcomes when known") {
        World world;
        // The first reading is the run's start, later ones the answers of the mailer.
        int readings = 0;
        const auto start = kStart;
        const auto later = kStart + 42;
        auto db = world.open();
        const mail::Mailer mailer = [&world](const std::string& message) -> mail::MailerResult {
            world.messages.push_back(message);
            return {};
        };
        SendOptions options;
        options.origin = {"mail.example.se", 4242};
        const auto report = send_due(
            world.registry(), kToday, *db, mailer, [&] { return readings++ == 0 ? start : later; }, options);
        REQUIRE(world.messages.size() == 4);
        CHECK(world.messages[0].find("\nDate: " + mail::rfc5322_date(start) + "\n") != std::string::npos);
        CHECK(world.messages[0].find("\nMessage-ID: <") != std::string::npos);
        CHECK(world.messages[0].find("." + std::to_string(start) + ".4242@example.se>") != std::string::npos);
        for (const auto& entry : unwrap(db->log({}))) {
            CHECK(entry.created_at == state::utc_timestamp(start));
            CHECK(entry.updated_at == state::utc_timestamp(entry.status == DeliveryStatus::sent ? later : start));
            if (entry.status == DeliveryStatus::sent) {
                CHECK(entry.message_id == message_id(entry.key, "natverket@example.se", start, 4242));
            }
        }
        CHECK(report.outcomes.size() == 10);
    }

    TEST_CASE("the caller's attachment goes with each meeting reminder") {
        World world;
        SendOptions options;
        std::vector<std::string> asked;
        options.attachment = [&asked](const Target& target) -> std::optional<mail::Attachment> {
            asked.push_back(target.id);
            return mail::Attachment{"text/calendar; charset=utf-8; method=PUBLISH", target.id + ".ics",
                                    "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"};
        };
        world.run({}, options);
        CHECK(asked == Lines(4, "traff"));
        REQUIRE(world.messages.size() == 4);
        for (const auto& message : world.messages) {
            CHECK(message.find("Content-Type: multipart/mixed") != std::string::npos);
            CHECK(message.find("filename=\"traff.ics\"") != std::string::npos);
        }
    }

    TEST_CASE("a refused message is logged with the mailer's words, the others go, and the next run retries it once") {
        for (std::size_t k = 0; k < kAddresses.size(); ++k) {
            CAPTURE(kAddresses[k]);
            World world;
            const auto first = world.run({{kAddresses[k], Behaviour::refuse}});
            CHECK(first.any_failed());
            CHECK(world.delivered(kAddresses[k]) == 0);
            CHECK(world.outbox.size() == 3);
            CHECK(world.status_of(kAddresses[k]) == "failed");
            for (const auto& entry : world.log()) {
                if (entry.info.address != kAddresses[k] || entry.key.offset != 7) continue;
                // Kept as the key and its words, shown in the reader's language.
                CHECK(i18n::format_stored(i18n::Language::en, entry.detail) ==
                      "sendmail: exit status 75: try again later");
                CHECK(i18n::format_stored(i18n::Language::sv, entry.detail) ==
                      "sendmail: slutstatus 75: try again later");
                CHECK(entry.attempts == 1);
            }

            world.now += 3600;
            const auto retry = world.run();
            CHECK_FALSE(retry.any_failed());
            CHECK(retry.outcomes.size() == 1);
            CHECK(retry.outcomes[0].action->retry);
            for (const auto& address : kAddresses) CHECK(world.delivered(address) == 1);
            CHECK(world.rows() == kAllDone);
            for (const auto& entry : world.log()) {
                if (entry.info.address == kAddresses[k] && entry.key.offset == 7) CHECK(entry.attempts == 2);
            }

            world.run();
            CHECK(world.outbox.size() == 4);
        }
    }

    TEST_CASE("a run that dies at any step sends its message in hand at most once, and later runs report it") {
        struct Point {
            std::optional<Step> hook;  // dies before this step, or
            Behaviour mailer;          // dies in the mailer
        };
        const std::vector<Point> points{{Step::claim, Behaviour::deliver},      {Step::compose, Behaviour::deliver},
                                        {Step::send, Behaviour::deliver},       {std::nullopt, Behaviour::crash_before},
                                        {std::nullopt, Behaviour::crash_after}, {Step::finish, Behaviour::deliver}};
        for (std::size_t k = 0; k < kAddresses.size(); ++k) {
            for (const auto& point : points) {
                const auto& victim = kAddresses[k];
                CAPTURE(victim);
                CAPTURE(point.hook ? step_name(*point.hook) : "mailer");
                CAPTURE(static_cast<int>(point.mailer));
                World world;
                SendOptions options;
                options.before_step = [&](Step step, const Action& action) {
                    if (point.hook == step && action.address == victim) throw Crash{};
                };
                std::map<std::string, Behaviour> behaviour;
                if (!point.hook) behaviour[victim] = point.mailer;
                CHECK_THROWS_AS(world.run(behaviour, options), Crash);

                // Before the victim, all went; after it, nothing yet.
                for (std::size_t i = 0; i < k; ++i) CHECK(world.status_of(kAddresses[i]) == "sent");
                for (std::size_t i = k + 1; i < kAddresses.size(); ++i) CHECK(world.status_of(kAddresses[i]) == "none");
                const bool claimed = point.hook != Step::claim;
                const bool handed = point.hook == Step::finish || point.mailer == Behaviour::crash_after;
                CHECK(world.status_of(victim) == (claimed ? "sending" : "none"));
                CHECK(world.delivered(victim) == (handed ? 1 : 0));

                // A run at once, as after a restart: the claim may be a run's still at work.
                world.now += 10;
                const auto rerun = world.run();
                CHECK(rerun.unknown.empty());
                CHECK_FALSE(rerun.error());
                for (std::size_t i = 0; i < kAddresses.size(); ++i) {
                    if (i != k) CHECK(world.delivered(kAddresses[i]) == 1);
                }
                CHECK(world.delivered(victim) == (claimed ? (handed ? 1 : 0) : 1));
                CHECK(world.status_of(victim) == (claimed ? "sending" : "sent"));

                // Once the mailer's time is up it is unknown: reported, with its id, never sent again.
                world.now += kSettled;
                const auto later = world.run();
                CHECK(later.outcomes.empty());
                CHECK(later.any_failed() == claimed);
                if (claimed) {
                    REQUIRE(later.unknown.size() == 1);
                    CHECK(later.unknown[0].info.address == victim);
                    CHECK(later.unknown[0].key.offset == 7);
                    CHECK(later.unknown[0].id > 0);
                } else {
                    CHECK(later.unknown.empty());
                    CHECK(world.rows() == kAllDone);
                }
                CHECK(world.delivered(victim) <= 1);
                CHECK(world.outbox.size() == kAddresses.size() - (claimed && !handed ? 1 : 0));
            }
        }
    }

    TEST_CASE("a mailer that throws ends the run, its reminder is left unknown and the rest go next time") {
        for (std::size_t k = 0; k < kAddresses.size(); ++k) {
            const auto& victim = kAddresses[k];
            CAPTURE(victim);
            World world;
            const auto first = world.run({{victim, Behaviour::throw_error}});
            REQUIRE(first.mailer_error);
            CHECK(first.mailer_error->address == victim);
            CHECK(first.mailer_error->what == "out of pipes");
            CHECK(first.error());
            CHECK(first.unknown.empty());
            CHECK(std::count_if(first.outcomes.begin(), first.outcomes.end(),
                                [](const Outcome& o) { return o.result == Result::sent; }) == static_cast<long>(k));
            CHECK(world.status_of(victim) == "sending");

            world.now += kSettled;
            const auto next = world.run();
            CHECK_FALSE(next.error());
            REQUIRE(next.unknown.size() == 1);
            CHECK(next.unknown[0].info.address == victim);
            CHECK(world.delivered(victim) == 0);
            for (const auto& address : kAddresses) {
                if (address != victim) CHECK(world.delivered(address) == 1);
            }
            CHECK(world.status_of(victim) == "sending");
        }
    }

    TEST_CASE("a stop request finishes and records the message in hand, and the next run sends the rest") {
        for (std::size_t handled = 0; handled <= kAddresses.size(); ++handled) {
            CAPTURE(handled);
            World world;
            SendOptions options;
            // The signal arrives while the mailer has message number `handled`.
            options.stop_requested = [&world, handled] { return world.outbox.size() >= handled && handled > 0; };
            const auto first = world.run({}, options);
            const auto sent = handled == 0 ? kAddresses.size() : handled;
            CHECK(first.stopped == (handled > 0 && handled < kAddresses.size()));
            CHECK(world.outbox.size() == sent);
            for (std::size_t i = 0; i < sent; ++i) CHECK(world.status_of(kAddresses[i]) == "sent");
            for (const auto& entry : world.log()) CHECK(entry.status != DeliveryStatus::sending);

            world.now += 60;
            world.run();
            CHECK(world.outbox == kAddresses);
            CHECK(world.rows() == kAllDone);
        }
    }

    TEST_CASE("a run started while another has a message in hand leaves that one alone and shares the rest") {
        for (std::size_t k = 0; k < kAddresses.size(); ++k) {
            CAPTURE(kAddresses[k]);
            World world;
            SendOptions options;
            bool overlapped = false;
            std::optional<RunReport> second;
            options.before_step = [&](Step step, const Action& action) {
                if (step != Step::send || action.address != kAddresses[k] || overlapped) return;
                overlapped = true;
                second.emplace(world.run());  // its own connection, as another process
            };
            const auto first = world.run({}, options);
            REQUIRE(second);
            CHECK(second->unknown.empty());  // the first run's claim is young: still at work
            CHECK_FALSE(first.error());
            CHECK_FALSE(second->error());
            for (const auto& address : kAddresses) CHECK(world.delivered(address) == 1);
            CHECK(world.rows() == kAllDone);
            // The second run took everything after the one in hand.
            CHECK(second->outcomes.size() == 2 * (kAddresses.size() - 1 - k) + (k < 2 ? 2 : 0));
        }
    }
}

TEST_SUITE("remind::preview_due") {
    TEST_CASE("a dry run plans without touching the database") {
        World world;
        const auto before = preview_due(world.registry(), kToday, nullptr);
        CHECK(results(before) == Lines{"anna-astrom 14 planned", "anna-astrom 7 planned", "bo-ek 14 planned",
                                       "bo-ek 7 planned", "cecilia-oberg 14 planned", "cecilia-oberg 7 planned",
                                       "david-lind 14 planned", "david-lind 7 planned", "eva-arlig 14 planned",
                                       "eva-arlig 7 planned"});
        world.run({{"bo@example.se", Behaviour::refuse}});
        const auto rows = world.rows();
        auto db = world.open();
        const auto after = preview_due(world.registry(), kToday, db.get());
        CHECK(results(after) == Lines{"bo-ek 7 planned"});
        CHECK(after.outcomes[0].action->retry);
        CHECK(world.rows() == rows);
        CHECK(world.outbox.size() == 3);
    }

    TEST_CASE("a database that cannot answer the planner ends the dry run with its problem and no plan") {
        World world;
        world.run({{"bo@example.se", Behaviour::refuse}});
        auto db = world.open();
        world.spoil_state_file();
        const auto report = preview_due(world.registry(), kToday, db.get());
        REQUIRE(report.state_error);
        CHECK(report.error());
        CHECK(report.plan.actions.empty());
        CHECK(report.outcomes.empty());
    }
}

TEST_SUITE("remind::default_sender") {
    TEST_CASE("the sender is settings.mail_from, else netadmin at a host with a full name") {
        const auto with = test_registry();
        CHECK(default_sender(with.registry, "mail.example.se") == "natverket@example.se");
        const auto without =
            test_registry("[settings]\nlanguage = \"sv\"\n\n[settings.reminders]\nmeeting_days = [7]\n");
        CHECK(default_sender(without.registry, "mail.example.se") == "netadmin@mail.example.se");
        CHECK(default_sender(without.registry, "") == "netadmin@localhost.localdomain");
        CHECK(default_sender(without.registry, "bad host") == "netadmin@localhost.localdomain");
    }
}

}  // namespace netadmin::remind
