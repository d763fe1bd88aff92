// Reminder e-mails: the subject and the facts in the body, in the
// registry's language, for meetings and registration deadlines.
#include "remind/reminder_mail.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

namespace netadmin::remind {
namespace {

constexpr const char* kSettings = R"(
[settings]
language = "sv"

[settings.reminders]
meeting_days = [14, 7, 1]
deadline_days = [7, 1]
)";

// A network meeting on Friday 10 May 2019 whose network's contact has an
// address but no name.
constexpr const char* kNorrbotten = R"(
[region]
id = "norrbotten"
county = "25"
name = "Region Norrbotten"

[[person]]
id = "nina-alakulju"
email = "nina.alakulju@norrbotten.se"

[[network]]
id = "norrbotten-natverk"
name = "Regionalt nätverk för familjecentraler i Norrbotten"
contacts = ["nina-alakulju"]

[[meeting]]
id = "norrbotten-natverkstraff-2019"
kind = "network-meeting"
title = "Nätverksträff i Kalix"
network = "norrbotten-natverk"
date = 2019-05-10
place = "Kalix"
theme = "Barns och föräldrars välmående"
)";

// A programme whose registration closes on Wednesday 30 August 2023.
constexpr const char* kJonkoping = R"(
[region]
id = "jonkoping"
county = "06"
name = "Region Jönköpings län"

[[person]]
id = "martina-larsson"
name = "Martina Larsson"

[[programme]]
id = "en-forelder-blir-till"
name = "En förälder blir till"
kind = "training"
contacts = ["martina-larsson"]
registration = { deadline = 2023-08-30, channel = "Lärandekalendern", requirement = "Förankrad hos ledning eller styrgrupp" }
)";

load::LoadResult sample() {
    return testing::load_valid({{"settings.toml", kSettings}, {"nb.toml", kNorrbotten}, {"jkpg.toml", kJonkoping}});
}

const Target& target_named(const Plan& plan, const std::string& id) {
    for (const auto& target : plan.targets) {
        if (target.id == id) return target;
    }
    FAIL("no target " << id);
    return plan.targets.front();
}

}  // namespace

TEST_SUITE("remind::reminder_mail") {
    TEST_CASE("a meeting reminder has the meeting's facts in Swedish") {
        const auto loaded = sample();
        const auto plan = remind::plan(loaded.registry, time::CivilDate{2019, 5, 3}, empty_state());
        const auto& target = target_named(plan, "norrbotten-natverkstraff-2019");
        const auto text =
            reminder_text(loaded.registry, target, loaded.registry.person("nina-alakulju")->name, i18n::Language::sv);
        CHECK(text.subject == "Påminnelse: Nätverksträff i Kalix, fredag 10 maj 2019");
        CHECK(text.body.find("Hej!\n") == 0);
        CHECK(text.body.find("Datum: fredag 10 maj 2019\n") != std::string::npos);
        CHECK(text.body.find("Plats: Kalix\n") != std::string::npos);
        CHECK(text.body.find("Tema: Barns och föräldrars välmående\n") != std::string::npos);
    }

    TEST_CASE("a deadline reminder names the programme, the channel and the requirement") {
        const auto loaded = sample();
        const auto plan = remind::plan(loaded.registry, time::CivilDate{2023, 8, 23}, empty_state());
        const auto& target = target_named(plan, "en-forelder-blir-till/registration");
        const auto text =
            reminder_text(loaded.registry, target, loaded.registry.person("martina-larsson")->name, i18n::Language::en);
        CHECK(text.subject == "Reminder: registration for En förälder blir till closes Wednesday 30 August 2023");
        CHECK(text.body.find("Hello Martina Larsson,\n") == 0);
        CHECK(text.body.find("Registration: Lärandekalendern\n") != std::string::npos);
        CHECK(text.body.find("Requirement: ") != std::string::npos);
    }

    TEST_CASE("the message goes to the action's address with the calendar attached when given") {
        const auto loaded = sample();
        const auto plan = remind::plan(loaded.registry, time::CivilDate{2019, 5, 3}, empty_state());
        REQUIRE(plan.actions.size() == 2);
        const auto& send = plan.actions.back();
        REQUIRE(send.kind == ActionKind::send);
        const auto input = reminder_message(loaded.registry, send, "natverket@example.se", 0, "<a@example.se>");
        CHECK(input.to.address == "nina.alakulju@norrbotten.se");
        CHECK_FALSE(input.attachment.has_value());
        const auto with =
            reminder_message(loaded.registry, send, "natverket@example.se", 0, "<a@example.se>",
                             mail::Attachment{"text/calendar; charset=utf-8", "meeting.ics", "BEGIN:VCALENDAR"});
        CHECK(with.attachment.has_value());
    }

}  // TEST_SUITE

}  // namespace netadmin::remind
