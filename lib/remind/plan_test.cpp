// The reminder planner against a small registry held below (a network
// meeting on 2030-03-20 with offsets 14, 7, 1; a cancelled one; a programme
// with a deadline on 2030-03-01 and a session on 2030-04-10).
#include "remind/plan.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>

namespace netadmin::remind {
namespace {

using time::CivilDate;

// Registry-wide rules and the sender.
constexpr const char* kSettings = R"([settings]
language = "sv"
mail_from = "natverket@example.se"

[settings.reminders]
meeting_days = [14, 7, 1]
deadline_days = [7, 1]
)";

// A small region with a network, a programme and the cases the reminder
// rules must handle (extra recipients, a person without an address, a
// cancelled meeting, a registration deadline).
constexpr const char* kRegion = R"([region]
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
name = "Cecilia Öberg"   # no address: must be reported

[[person]]
id = "david-lind"
name = "David Lind"
email = "david@example.se"

[[person]]
id = "eva-arlig"
name = "Eva Ärlig"
email = "eva@example.se"

[[person]]
id = "fredrik-berg"
name = "Fredrik Berg"
email = "fredrik@example.se"

[[centre]]
id = "centrum-a"
name = "Familjecentralen A"
municipality = "Uppsala"
kind = "full"
contacts = ["anna-astrom"]

[[centre]]
id = "centrum-b"
name = "Familjecentralen B"
municipality = "Enköping"
kind = "full"
contacts = ["bo-ek", "cecilia-oberg"]

[[network]]
id = "natverket"
name = "Nätverket i Uppsala"
contacts = ["david-lind"]

[[meeting]]
id = "natverkstraff"
kind = "network-meeting"
title = "Nätverksträff i Uppsala"
network = "natverket"
date = 2030-03-20
start = 09:00:00
end = 15:00:00
place = "Uppsala"
theme = "Föräldrar och skärmtid"
extra_recipients = ["fredrik-berg"]

[[meeting]]
id = "installt"
kind = "network-meeting"
title = "Inställd träff"
network = "natverket"
date = 2030-03-21
status = "cancelled"

[[programme]]
id = "satsningen"
name = "Satsningen"
kind = "training"
contacts = ["eva-arlig"]
participants = ["centrum-a"]
registration = { deadline = 2030-03-01, channel = "Lärandekalendern" }

[[meeting]]
id = "satsningen-del-1"
kind = "programme-session"
title = "Satsningen, del 1"
programme = "satsningen"
session = 1
date = 2030-04-10
start = 13:00:00
end = 16:00:00
place = "Uppsala"
)";

std::string fixture_text() { return kRegion; }

load::LoadResult load_fixture(const std::string& region_text) {
    return testing::load_valid({{"settings.toml", kSettings}, {"region.toml", region_text}});
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// A state held in memory: key -> status.
struct FakeState {
    std::map<DeliveryKey, DeliveryStatus> rows;
    StateLookup lookup() const {
        return [this](const DeliveryKey& key) -> std::optional<DeliveryStatus> {
            const auto it = rows.find(key);
            if (it == rows.end()) return std::nullopt;
            return it->second;
        };
    }
    // Records what a sending run would: sends as sent, the rest as skipped.
    void apply(const Plan& plan) {
        for (const auto& action : plan.actions) {
            rows[action.key] = action.kind == ActionKind::send              ? DeliveryStatus::sent
                               : action.kind == ActionKind::skip_superseded ? DeliveryStatus::skipped_superseded
                                                                            : DeliveryStatus::skipped_no_address;
        }
    }
};

// "kind target recipient offset" per action, for compact comparisons.
std::vector<std::string> summary(const Plan& plan, const std::string& target = "") {
    std::vector<std::string> lines;
    for (const auto& action : plan.actions) {
        if (!target.empty() && action.key.target != target) continue;
        const char* kind = action.kind == ActionKind::send              ? "send"
                           : action.kind == ActionKind::skip_superseded ? "skip"
                           : action.kind == ActionKind::withhold        ? "withhold"
                                                                        : "noaddr";
        lines.push_back(std::string(kind) + " " + action.key.recipient + " " + std::to_string(action.key.offset));
    }
    return lines;
}

using Lines = std::vector<std::string>;

// The fixture and a second region's file with an invalid address in it.
load::LoadResult load_with_broken_file() {
    auto result =
        testing::load_toml({{"settings.toml", kSettings}, {"region.toml", fixture_text()}, {"gavleborg.toml", R"(
[region]
id = "gavleborg"
county = "21"
name = "Region Gävleborg"

[[person]]
id = "gunnar"
name = "Gunnar"
email = "gunnar@@example.se"

[[meeting]]
id = "gavle-traff"
kind = "network-meeting"
title = "Träff i Gävle"
date = 2030-03-20
recipients = ["gunnar"]
)"}});
    REQUIRE_FALSE(result.ok());
    return result;
}

}  // namespace

TEST_SUITE("remind::plan") {
    TEST_CASE("a reminder falls due on its day and goes to every recipient, the one without address reported") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup());
        CHECK(summary(plan, "natverkstraff") == Lines{"send anna-astrom 14", "send bo-ek 14", "noaddr cecilia-oberg 14",
                                                      "send david-lind 14", "send fredrik-berg 14"});
        CHECK(remind::plan(loaded.registry, CivilDate{2030, 3, 5}, state.lookup()).actions.empty());
    }

    TEST_CASE("meetings of one network share its people but not each other's extra recipients") {
        const auto loaded = load_fixture(fixture_text() + R"(
[[meeting]]
id = "natverkstraff-2"
kind = "network-meeting"
title = "Samma dag, andra träffen"
network = "natverket"
date = 2030-03-20
)");
        FakeState state;
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup());
        CHECK(summary(plan, "natverkstraff") == Lines{"send anna-astrom 14", "send bo-ek 14", "noaddr cecilia-oberg 14",
                                                      "send david-lind 14", "send fredrik-berg 14"});
        CHECK(summary(plan, "natverkstraff-2") ==
              Lines{"send anna-astrom 14", "send bo-ek 14", "noaddr cecilia-oberg 14", "send david-lind 14"});
    }

    TEST_CASE("a second run the same day plans nothing") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        state.apply(remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup()));
        CHECK(remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup()).empty());
        CHECK(remind::plan(loaded.registry, CivilDate{2030, 3, 7}, state.lookup()).empty());
    }

    TEST_CASE("after downtime only the most recent due reminder is sent and older ones are skipped") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 3, 18}, state.lookup());
        CHECK(summary(plan, "natverkstraff") == Lines{"skip anna-astrom 14", "send anna-astrom 7", "skip bo-ek 14",
                                                      "send bo-ek 7", "skip cecilia-oberg 14", "noaddr cecilia-oberg 7",
                                                      "skip david-lind 14", "send david-lind 7", "skip fredrik-berg 14",
                                                      "send fredrik-berg 7"});
    }

    TEST_CASE("a reminder sent before downtime is not skipped again") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        state.apply(remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup()));
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 3, 19}, state.lookup());
        CHECK(summary(plan, "natverkstraff") == Lines{"skip anna-astrom 7", "send anna-astrom 1", "skip bo-ek 7",
                                                      "send bo-ek 1", "skip cecilia-oberg 7", "noaddr cecilia-oberg 1",
                                                      "skip david-lind 7", "send david-lind 1", "skip fredrik-berg 7",
                                                      "send fredrik-berg 1"});
    }

    TEST_CASE("nothing is planned for a meeting that is past") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 3, 21}, state.lookup()), "natverkstraff").empty());
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 3, 20}, state.lookup()), "natverkstraff").size() ==
              15);
    }

    TEST_CASE("a cancelled meeting gets no reminders") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        for (int day = 1; day <= 21; ++day) {
            CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 3, day}, state.lookup()), "installt").empty());
        }
    }

    TEST_CASE("a failed delivery is planned again as a retry") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        state.apply(remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup()));
        state.rows[{"natverkstraff", "bo-ek", 14, CivilDate{2030, 3, 20}}] = DeliveryStatus::failed;
        state.rows[{"natverkstraff", "anna-astrom", 14, CivilDate{2030, 3, 20}}] = DeliveryStatus::sending;
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup());
        REQUIRE(summary(plan) == Lines{"send bo-ek 14"});
        CHECK(plan.actions.front().retry);
    }

    TEST_CASE("a moved meeting is reminded again from its new date") {
        const auto before = load_fixture(fixture_text());
        FakeState state;
        state.apply(remind::plan(before.registry, CivilDate{2030, 3, 13}, state.lookup()));
        const auto moved = load_fixture(
            replaced(fixture_text(), "date = 2030-03-20\n", "date = 2030-03-27\nmoved_from = 2030-03-20\n"));
        const auto plan = remind::plan(moved.registry, CivilDate{2030, 3, 14}, state.lookup());
        const auto lines = summary(plan, "natverkstraff");
        CHECK(lines == Lines{"send anna-astrom 14", "send bo-ek 14", "noaddr cecilia-oberg 14", "send david-lind 14",
                             "send fredrik-berg 14"});
        CHECK(plan.actions.front().key.reference == CivilDate{2030, 3, 27});
    }

    TEST_CASE("a person no longer on the list gets nothing") {
        const auto loaded =
            load_fixture(replaced(fixture_text(), "contacts = [\"bo-ek\", \"cecilia-oberg\"]", "contacts = []"));
        FakeState state;
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup()), "natverkstraff") ==
              Lines{"send anna-astrom 14", "send david-lind 14", "send fredrik-berg 14"});
    }

    TEST_CASE("recipients replace the derived list and meeting rules override the registry's") {
        const auto loaded =
            load_fixture(replaced(fixture_text(), "extra_recipients = [\"fredrik-berg\"]\n",
                                  "recipients = [\"eva-arlig\"]\nreminders = { meeting_days = [3] }\n"));
        FakeState state;
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup()), "natverkstraff").empty());
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 3, 17}, state.lookup()), "natverkstraff") ==
              Lines{"send eva-arlig 3"});
    }

    TEST_CASE("a programme session and its deadline remind the participating centres and the programme contact") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 2, 22}, state.lookup()),
                      "satsningen/registration") == Lines{"send anna-astrom 7", "send eva-arlig 7"});
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 4, 9}, state.lookup()), "satsningen-del-1") ==
              Lines{"skip anna-astrom 14", "skip anna-astrom 7", "send anna-astrom 1", "skip eva-arlig 14",
                    "skip eva-arlig 7", "send eva-arlig 1"});
    }

    TEST_CASE("a network meeting is reminded to the network contact a week before") {
        const auto loaded = testing::load_valid(
            {{"settings.toml", "[settings]\nlanguage = \"sv\"\n[settings.reminders]\nmeeting_days = [14, 7, 1]\n"},
             {"nb.toml", R"(
[region]
id = "norrbotten"
county = "25"
name = "Region Norrbotten"

[[person]]
id = "nina-alakulju"
email = "nina.alakulju@norrbotten.se"

[[network]]
id = "norrbotten-natverk"
name = "Regionalt nätverk"
contacts = ["nina-alakulju"]

[[meeting]]
id = "norrbotten-natverkstraff-2019"
kind = "network-meeting"
title = "Nätverksträff i Kalix"
network = "norrbotten-natverk"
date = 2019-05-10
)"}});
        FakeState state;
        state.rows[{"norrbotten-natverkstraff-2019", "nina-alakulju", 14, CivilDate{2019, 5, 10}}] =
            DeliveryStatus::sent;
        const auto plan = remind::plan(loaded.registry, CivilDate{2019, 5, 3}, state.lookup());
        CHECK(summary(plan) == Lines{"send nina-alakulju 7"});
    }

    TEST_CASE("a target that reads from a file with errors is withheld and the other files are planned") {
        const auto loaded = load_with_broken_file();
        const BrokenFiles broken(loaded.registry, loaded.diagnostics);
        FakeState state;
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 3, 13}, state.lookup(), broken);
        CHECK(summary(plan, "gavle-traff") == Lines{"withhold gunnar 7"});
        CHECK(summary(plan, "natverkstraff").size() == 10);
        state.rows[{"gavle-traff", "gunnar", 7, CivilDate{2030, 3, 20}}] = DeliveryStatus::withheld;
        CHECK(remind::plan(loaded.registry, CivilDate{2030, 3, 13}, state.lookup(), broken).actions.size() == 11);
    }

    TEST_CASE("a withheld reminder is sent by the first run after the fix and older ones are skipped") {
        const auto loaded = load_fixture(fixture_text());
        FakeState state;
        state.rows[{"natverkstraff", "anna-astrom", 7, CivilDate{2030, 3, 20}}] = DeliveryStatus::withheld;
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 3, 19}, state.lookup());
        CHECK(summary(plan, "natverkstraff")[1] == "skip anna-astrom 7");
        CHECK(summary(plan, "natverkstraff")[2] == "send anna-astrom 1");
    }

    TEST_CASE("former_ids keep a renamed meeting's history") {
        const auto renamed = load_fixture(replaced(fixture_text(), "id = \"natverkstraff\"",
                                                   "id = \"natverkstraff-2030\"\nformer_ids = [\"natverkstraff\"]"));
        FakeState state;
        const auto original = load_fixture(fixture_text());
        state.apply(remind::plan(original.registry, CivilDate{2030, 3, 6}, state.lookup()));
        CHECK(summary(remind::plan(renamed.registry, CivilDate{2030, 3, 6}, state.lookup()), "natverkstraff-2030")
                  .empty());
        CHECK(summary(remind::plan(renamed.registry, CivilDate{2030, 3, 13}, state.lookup()), "natverkstraff-2030")
                  .size() == 5);
    }

    TEST_CASE("people who share an address in any case get one reminder") {
        const auto loaded =
            load_fixture(replaced(fixture_text(), "email = \"fredrik@example.se\"", "email = \"ANNA@example.se\""));
        FakeState state;
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 3, 6}, state.lookup());
        CHECK(summary(plan, "natverkstraff") ==
              Lines{"send anna-astrom 14", "send bo-ek 14", "noaddr cecilia-oberg 14", "send david-lind 14"});
    }

    TEST_CASE("rules that name the registered remind those registered for the session and its programme") {
        const auto loaded = load_fixture(replaced(fixture_text(), "participants = [\"centrum-a\"]\n",
                                                  "participants = [\"centrum-a\"]\n"
                                                  "reminders = { to = [\"kontakter\", \"anmälda\"] }\n"));
        const RegistrantLookup registrants = [](const std::string& id) {
            if (id == "satsningen")
                return std::vector<Registrant>{{"Olle@Example.se", "Olle"}, {"anna@example.se", "A"}};
            if (id == "satsningen-del-1") return std::vector<Registrant>{{"kim@example.se", "Kim"}};
            return std::vector<Registrant>{};
        };
        FakeState state;
        const auto plan = remind::plan(loaded.registry, CivilDate{2030, 4, 9}, state.lookup(), {}, registrants);
        // Anna is a contact too: one reminder, under her registry id.
        CHECK(summary(plan, "satsningen-del-1") ==
              Lines{"skip anna-astrom 14", "skip anna-astrom 7", "send anna-astrom 1", "skip eva-arlig 14",
                    "skip eva-arlig 7", "send eva-arlig 1", "skip kim@example.se 14", "skip kim@example.se 7",
                    "send kim@example.se 1", "skip olle@example.se 14", "skip olle@example.se 7",
                    "send olle@example.se 1"});
        const auto olle = std::find_if(plan.actions.begin(), plan.actions.end(),
                                       [](const Action& a) { return a.key.recipient == "olle@example.se"; });
        REQUIRE(olle != plan.actions.end());
        CHECK(olle->address == "Olle@Example.se");
        CHECK(olle->name == "Olle");
        CHECK(olle->person == nullptr);
        // The deadline reminds the contacts only.
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 2, 22}, state.lookup(), {}, registrants),
                      "satsningen/registration") == Lines{"send anna-astrom 7", "send eva-arlig 7"});
        // Exactly once: a second run the same day plans nothing for them.
        state.apply(plan);
        CHECK(summary(remind::plan(loaded.registry, CivilDate{2030, 4, 9}, state.lookup(), {}, registrants),
                      "satsningen-del-1")
                  .empty());
    }

    TEST_CASE("only the registered, when the rules leave out the contacts; nobody registered without the rule") {
        const RegistrantLookup registrants = [](const std::string& id) {
            return id == "natverkstraff" ? std::vector<Registrant>{{"kim@example.se", "Kim"}}
                                         : std::vector<Registrant>{};
        };
        FakeState state;
        const auto only = load_fixture(replaced(fixture_text(), "extra_recipients = [\"fredrik-berg\"]\n",
                                                "extra_recipients = [\"fredrik-berg\"]\n"
                                                "reminders = { to = [\"registered\"] }\n"));
        CHECK(summary(remind::plan(only.registry, CivilDate{2030, 3, 6}, state.lookup(), {}, registrants),
                      "natverkstraff") == Lines{"send fredrik-berg 14", "send kim@example.se 14"});
        const auto plain = load_fixture(fixture_text());
        CHECK(summary(remind::plan(plain.registry, CivilDate{2030, 3, 6}, state.lookup(), {}, registrants),
                      "natverkstraff") == Lines{"send anna-astrom 14", "send bo-ek 14", "noaddr cecilia-oberg 14",
                                                "send david-lind 14", "send fredrik-berg 14"});
    }

    TEST_CASE("a mailbox reminded as registered is not reminded again as a person, nor the other way round") {
        const auto rules =
            "extra_recipients = [\"fredrik-berg\"]\nreminders = { to = [\"contacts\", \"registered\"] }\n";
        const auto with_rule = replaced(fixture_text(), "extra_recipients = [\"fredrik-berg\"]\n", rules);
        const RegistrantLookup kim = [](const std::string& id) {
            return id == "natverkstraff" ? std::vector<Registrant>{{"Kim@example.se", "Kim"}}
                                         : std::vector<Registrant>{};
        };
        FakeState state;
        const auto before = load_fixture(with_rule);
        state.apply(remind::plan(before.registry, CivilDate{2030, 3, 6}, state.lookup(), {}, kim));
        // Kim is now a person of the registry, reminded as an extra recipient.
        const auto after = load_fixture(replaced(with_rule, "extra_recipients = [\"fredrik-berg\"]",
                                                 "extra_recipients = [\"fredrik-berg\", \"kim\"]") +
                                        "\n[[person]]\nid = \"kim\"\nname = \"Kim\"\nemail = \"kim@example.se\"\n");
        CHECK(summary(remind::plan(after.registry, CivilDate{2030, 3, 6}, state.lookup(), {}, kim), "natverkstraff")
                  .empty());
        // Bo leaves the network's centres but registers.
        const RegistrantLookup bo = [](const std::string& id) {
            return id == "natverkstraff" ? std::vector<Registrant>{{"bo@example.se", "Bo"}} : std::vector<Registrant>{};
        };
        const auto without_bo = load_fixture(
            replaced(with_rule, "contacts = [\"bo-ek\", \"cecilia-oberg\"]", "contacts = [\"cecilia-oberg\"]"));
        CHECK(summary(remind::plan(without_bo.registry, CivilDate{2030, 3, 6}, state.lookup(), {}, bo), "natverkstraff")
                  .empty());
    }

    TEST_CASE("an unknown word in the rules' to is a located error with the words allowed") {
        const auto result =
            testing::load_toml({{"settings.toml", std::string(kSettings) + "to = [\"contacts\", \"registrants\"]\n"},
                                {"region.toml", fixture_text()}});
        REQUIRE_FALSE(result.ok());
        const auto text = testing::rendered(result.diagnostics);
        CHECK(text.find("settings.toml:8:") != std::string::npos);
        CHECK(text.find("registrants") != std::string::npos);
        CHECK(text.find("contacts, registered, kontakter, anmälda") != std::string::npos);
        // The misspelt rule says nothing: the contacts are still reminded.
        CHECK(result.registry.settings.reminders_to == std::vector<std::string>{"contacts"});
        const auto capitals =
            testing::load_valid({{"settings.toml", std::string(kSettings) + "to = [\"Kontakter\", \"ANMÄLDA\"]\n"},
                                 {"region.toml", fixture_text()}});
        CHECK(capitals.registry.settings.reminders_to == std::vector<std::string>{"contacts", "registered"});
    }

}  // TEST_SUITE

}  // namespace netadmin::remind
