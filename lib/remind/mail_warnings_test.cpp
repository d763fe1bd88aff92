#include "remind/mail_warnings.hpp"

#include "load/registry_loader.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

model::Reference reference() {
    return load::parse_reference("lanskod,lan,region_name\n25,Norrbottens län,Region Norrbotten\n",
                                 "kommunkod,kommun,lanskod\n2514,Kalix,25\n");
}

// A programme session reminds the programme's contacts; "anna" has no address.
constexpr const char* kRegistry = R"(
[region]
id = "nb"
county = "25"

[[person]]
id = "anna"
name = "Anna"

[[person]]
id = "bo"
name = "Bo"
email = "bo@example.se"

[[person]]
id = "cecilia"
name = "Cecilia"

[[programme]]
id = "kurs"
name = "Kurs"
contacts = ["anna", "bo"]

[[meeting]]
id = "m"
kind = "programme-session"
title = "T"
programme = "kurs"
date = 2030-01-10
)";

std::vector<std::string> warnings_for(const std::string& settings) {
    const auto loaded = load::load_registry_from_sources({{"nb.toml", kRegistry}, {"s.toml", settings}}, reference());
    load::Diagnostics diagnostics;
    remind::add_mail_warnings(loaded.registry, diagnostics);
    std::vector<std::string> lines;
    for (const auto& d : diagnostics.items()) lines.push_back(load::render(d, i18n::Language::en));
    return lines;
}

}  // namespace

TEST_SUITE("remind::mail_warnings") {
    TEST_CASE("a reminded person without an address is warned about at the person") {
        const auto lines = warnings_for("[settings]\nmail_from = \"natverk@example.se\"\n");
        REQUIRE(lines.size() == 1);
        CHECK(lines[0] ==
              "nb.toml:6:1: warning: 'Anna' will receive reminders but has no e-mail address; "
              "add email = \"ADDRESS\" to the person");
    }
    TEST_CASE("reminder rules without a sender are warned about at the settings") {
        const auto lines = warnings_for("[settings]\n[settings.reminders]\nmeeting_days = [7]\n");
        REQUIRE(lines.size() == 2);
        CHECK(lines[1].starts_with("s.toml:1:1: warning: reminder rules are set but [settings] gives no sender"));
    }
    TEST_CASE("many people without an address are listed up to a limit, then counted") {
        std::string text =
            "[region]\nid = \"nb\"\ncounty = \"25\"\n[[programme]]\nid = \"k\"\nname = \"K\"\ncontacts = [";
        std::string people;
        for (int i = 0; i < 25; ++i) {
            text += (i ? ", \"p" : "\"p") + std::to_string(i) + "\"";
            people += "[[person]]\nid = \"p" + std::to_string(i) + "\"\nname = \"P\"\n";
        }
        text += "]\n[[meeting]]\nid = \"m\"\nkind = \"other\"\ntitle = \"T\"\nprogramme = \"k\"\ndate = 2030-01-10\n";
        const auto loaded = load::load_registry_from_sources({{"nb.toml", text + people}}, reference());
        load::Diagnostics diagnostics;
        remind::add_mail_warnings(loaded.registry, diagnostics);
        REQUIRE(diagnostics.items().size() == 21);
        CHECK(load::render(diagnostics.items().back(), i18n::Language::en) ==
              "nb.toml: warning: 5 more people will receive reminders but have no e-mail address");
    }
    TEST_CASE("the built-in rules alone ask for no sender") {
        CHECK(warnings_for("[settings]\nlanguage = \"sv\"\n").size() == 1);
    }
}
