#include "report/show.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

constexpr std::string_view kRegistry = R"(
[region]
id = "nb"
county = "25"
contacts = ["anna"]
reminders = { meeting_days = [7, 14] }

[[person]]
id = "anna"
name = "Anna Ek"
email = "anna@example.se"
organisation = "kommunen"

[[person]]
id = "bo"
email = "bo@example.se"

[[organisation]]
id = "kommunen"
name = "Kalix kommun"
municipality = "Kalix"
url = "https://www.kalix.se"

[[source]]
id = "sida"
title = "Sidan"

[[centre]]
id = "fc"
name = "Familjecentralen"
municipality = "2514"
operations = ["bvc", "mvc", "social-services", "open-preschool"]
contacts = ["anna"]
url = "https://www.kalix.se/familjecentralen"
sources = ["sida"]
inferred = ["opened"]
inference_note = "Anges i en bisats."
opened = "2019-autumn"

[[programme]]
id = "kurs"
name = "Kursen"
participants = ["fc"]
themes = [{ id = "npf", name = "NPF" }, { id = "halsa", name = "Hälsa", focus = true }]
quotes = [{ text = "Bra", source = "deltagare" }, { text = "Mycket bra" }]
registration = { deadline = 2024-05-01, channel = "Kalendern", requirement = "Chefens ja" }
reading_hours_per_month = 2

[[meeting]]
id = "traff"
kind = "network-meeting"
title = "Träffen"
programme = "kurs"
date = 2024-05-10
start = "08:30"
end = "16:00"
status = "held"
participants = "about 30"
speakers = [{ person = "anna", topic = "Skärmtid" }, { person = "bo" }]
registration = { deadline = 2024-05-01, requirement = "Anmälan" }

[[meeting]]
id = "plan"
kind = "other"
title = "Planering"
date = 2024-06-10
start = "09:00"
)";

const model::Registry& registry() {
    static const auto loaded = testing::registry_from_toml(kRegistry);
    return loaded.registry;
}

report::Record show(std::string_view id, i18n::Language language = i18n::Language::en) {
    return report::describe(registry(), *registry().find(id), language);
}

std::vector<std::string> keys(const report::Record& record) {
    std::vector<std::string> out;
    for (const auto& field : record.fields) out.push_back(field.first);
    return out;
}

const report::Cell& cell(const report::Record& record, std::string_view key) {
    for (const auto& field : record.fields) {
        if (field.first == key) return field.second;
    }
    FAIL("no field ", key);
    throw 0;
}

std::vector<std::string> referrers(const report::Record& record) {
    std::vector<std::string> out;
    for (const auto& r : record.referenced_by) {
        out.push_back(std::string(model::entity_kind_name(r.kind)) + " " + r.id + " (" + r.key + ")");
    }
    return out;
}

}  // namespace

TEST_CASE("show: a centre's fields in table order, set ones only, provenance last") {
    const auto record = show("fc");
    CHECK(record.kind == model::EntityKind::centre);
    CHECK(record.file == "registry.toml:28");
    CHECK(keys(record) == std::vector<std::string>{"name", "region", "municipality", "kind", "operations", "opened",
                                                   "contacts", "url", "sources", "inferred", "inference_note"});
    // The file's region and a municipality by code, both shown by name.
    CHECK(cell(record, "region").text == "Region Norrbotten");
    CHECK(cell(record, "region").data == "nb");
    CHECK(cell(record, "municipality").text == "Kalix");
    // The kind follows from the operations; operations in the enum's order.
    CHECK(cell(record, "kind").text == "family centre");
    CHECK(cell(record, "kind").data == "full");
    CHECK(cell(record, "operations").items ==
          std::vector<std::string>{"mvc", "bvc", "open-preschool", "social-services"});
    CHECK(cell(record, "opened").data == "2019-autumn");
    CHECK(cell(record, "contacts").items == std::vector<std::string>{"anna"});
}

TEST_CASE("show: words and dates in the language asked for, data words unchanged") {
    const auto sv = show("fc", i18n::Language::sv);
    CHECK(cell(sv, "kind").text != cell(show("fc"), "kind").text);
    CHECK(cell(sv, "kind").data == "full");
    CHECK(cell(sv, "opened").data == "2019-autumn");
}

TEST_CASE("show: what refers to an entity, sorted by kind, id and key") {
    CHECK(referrers(show("anna")) ==
          std::vector<std::string>{"region nb (contacts)", "centre fc (contacts)", "meeting traff (speakers)"});
    CHECK(referrers(show("nb")) == std::vector<std::string>{"organisation kommunen (region)", "person anna (region)",
                                                            "person bo (region)", "centre fc (region)",
                                                            "programme kurs (region)", "meeting plan (region)",
                                                            "meeting traff (region)"});
    CHECK(referrers(show("sida")) == std::vector<std::string>{"centre fc (sources)"});
    CHECK(referrers(show("traff")).empty());
}

TEST_CASE("show: a meeting's times as one field, its status when recorded, a row per speaker") {
    const auto record = show("traff");
    CHECK(keys(record) == std::vector<std::string>{"kind", "title", "region", "programme", "date", "time", "status",
                                                   "speakers", "speakers", "participants", "registration.deadline",
                                                   "registration.requirement"});
    CHECK(cell(record, "kind").data == "network-meeting");
    CHECK(cell(record, "time").text == "08:30-16:00");
    CHECK(cell(record, "status").data == "held");
    CHECK(cell(record, "status").text == "held");
    CHECK(record.fields[7].second.text == "anna: Skärmtid");
    CHECK(record.fields[8].second.text == "bo");
    CHECK(cell(record, "participants").data == "about 30");
    CHECK(cell(record, "participants").text == "about 30");

    // Planned is the default and says nothing; a start alone is the time.
    const auto planned = show("plan");
    CHECK(keys(planned) == std::vector<std::string>{"kind", "title", "region", "date", "time"});
    CHECK(cell(planned, "time").data == "09:00");
}

TEST_CASE("show: a programme's themes on one line, a line per quote, nested tables by path") {
    const auto record = show("kurs");
    CHECK(keys(record) == std::vector<std::string>{"name", "region", "themes", "participants",
                                                   "reading_hours_per_month", "registration.deadline",
                                                   "registration.channel", "registration.requirement", "quotes",
                                                   "quotes"});
    CHECK(cell(record, "themes").items == std::vector<std::string>{"NPF", "Hälsa"});
    CHECK(cell(record, "themes").text == "NPF, Hälsa");
    CHECK(record.fields[8].second.text == "Bra (deltagare)");
    CHECK(record.fields[9].second.text == "Mycket bra");
    CHECK(cell(record, "registration.deadline").data == "2024-05-01");
    CHECK(cell(record, "reading_hours_per_month").data == "2");
}

TEST_CASE("show: a region's own name from its county, its reminder days") {
    const auto record = show("nb");
    CHECK(keys(record) == std::vector<std::string>{"name", "county", "contacts", "reminders.meeting_days"});
    CHECK(cell(record, "name").text == "Region Norrbotten");
    // Largest offset first, as reminders fall due.
    CHECK(cell(record, "reminders.meeting_days").items == std::vector<std::string>{"14", "7"});
}

TEST_CASE("show: the web address of a centre and of an organisation") {
    CHECK(cell(show("fc"), "url").data == "https://www.kalix.se/familjecentralen");
    const auto organisation = show("kommunen");
    CHECK(keys(organisation) == std::vector<std::string>{"name", "region", "municipality", "url"});
    CHECK(cell(organisation, "url").text == "https://www.kalix.se");
}

TEST_CASE("show: a network's frequency, a resource's kind and a flag in the words of the language") {
    const auto loaded = testing::registry_from_toml(R"(
[region]
id = "nb"
county = "25"

[[person]]
id = "eva"
email = "eva@example.se"
publish_contact = true

[[network]]
id = "natverket"
name = "Nätverket"
frequency = "yearly"

[[network]]
id = "cirkeln"
name = "Cirkeln"
frequency = "efter behov och lust"

[[resource]]
id = "bilder"
kind = "file"
title = "Bilderna"
path = "bilder.pdf"
)");
    const auto& registry = loaded.registry;
    auto shown = [&](std::string_view id, i18n::Language language) {
        return report::describe(registry, *registry.find(id), language);
    };
    CHECK(cell(shown("natverket", i18n::Language::sv), "frequency").text == "en gång om året");
    CHECK(cell(shown("natverket", i18n::Language::sv), "frequency").data == "yearly");
    CHECK(cell(shown("natverket", i18n::Language::en), "frequency").text == "yearly");
    CHECK(cell(shown("cirkeln", i18n::Language::sv), "frequency").text == "efter behov och lust");
    CHECK(cell(shown("bilder", i18n::Language::sv), "kind").text == "fil");
    CHECK(cell(shown("bilder", i18n::Language::sv), "kind").data == "file");
    CHECK(cell(shown("eva", i18n::Language::sv), "publish_contact").text == "ja");
    CHECK(cell(shown("eva", i18n::Language::en), "publish_contact").text == "true");
    CHECK(cell(shown("eva", i18n::Language::sv), "publish_contact").data == "true");
}

TEST_CASE("show: the keys marked as inferred are named as the fields are") {
    CHECK(cell(show("fc", i18n::Language::sv), "inferred").text == "öppnad");
    CHECK(cell(show("fc"), "inferred").text == "opened");
    CHECK(cell(show("fc", i18n::Language::sv), "inferred").items == std::vector<std::string>{"opened"});
}
