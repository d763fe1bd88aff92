// Reminder e-mails: the subject and the facts in the body, in the
// registry's language, for meetings and registration deadlines.
#include "remind/reminder_mail.hpp"

#include "load/registry_loader.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

namespace netadmin::remind {
namespace {

load::LoadResult bundled() {
    auto loaded =
        load::load_registry(testing::source_data_dir() / "registry", testing::source_data_dir() / "reference");
    REQUIRE(loaded.ok());
    return loaded;
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
        const auto loaded = bundled();
        const auto plan = remind::plan(loaded.registry, time::CivilDate{2019, 5, 3}, empty_state());
        const auto& target = target_named(plan, "norrbotten-natverkstraff-2019");
        const auto text =
            reminder_text(loaded.registry, target, *loaded.registry.person("nina-alakulju"), i18n::Language::sv);
        CHECK(text.subject == "Påminnelse: Nätverksträff i Kalix, fredag 10 maj 2019");
        CHECK(text.body.find("Hej!\n") == 0);
        CHECK(text.body.find("Datum: fredag 10 maj 2019\n") != std::string::npos);
        CHECK(text.body.find("Plats: Kalix\n") != std::string::npos);
        CHECK(text.body.find("Tema: Barns och föräldrars välmående\n") != std::string::npos);
    }

    TEST_CASE("a deadline reminder names the programme, the channel and the requirement") {
        const auto loaded = bundled();
        const auto plan = remind::plan(loaded.registry, time::CivilDate{2023, 8, 23}, empty_state());
        const auto& target = target_named(plan, "en-forelder-blir-till/registration");
        const auto text =
            reminder_text(loaded.registry, target, *loaded.registry.person("martina-larsson"), i18n::Language::en);
        CHECK(text.subject == "Reminder: registration for En förälder blir till closes Wednesday 30 August 2023");
        CHECK(text.body.find("Hello Martina Larsson,\n") == 0);
        CHECK(text.body.find("Registration: Lärandekalendern\n") != std::string::npos);
        CHECK(text.body.find("Requirement: ") != std::string::npos);
    }

    TEST_CASE("the message goes to the action's address with the calendar attached when given") {
        const auto loaded = bundled();
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
