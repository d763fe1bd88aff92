#include "report/agenda.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

model::Meeting meeting(std::string id, std::string title, const char* date, std::optional<int> start_minutes = {}) {
    model::Meeting m;
    m.id = std::move(id);
    m.title = std::move(title);
    m.region = "west";
    m.programme = "prog";
    if (date != nullptr) m.date = time::parse_fuzzy_date(date);
    if (start_minutes) m.start = time::TimeOfDay{*start_minutes};
    return m;
}

model::Registry sample() {
    model::Registry registry;
    model::Region region;
    region.id = "west";
    region.name = "Väst";
    registry.regions.push_back(region);
    model::Programme programme;
    programme.id = "prog";
    programme.name = "Programmet";
    programme.region = "west";
    programme.registration = model::Registration{time::parse_fuzzy_date("2023-08-30"), "Lärandekalendern", "", {}};
    registry.programmes.push_back(programme);
    registry.meetings.push_back(meeting("afternoon", "Eftermiddag", "2023-09-13", 13 * 60));
    registry.meetings.push_back(meeting("morning", "Förmiddag", "2023-09-13", 8 * 60 + 30));
    registry.meetings.push_back(meeting("in-may", "I maj", "2024-05"));
    registry.meetings.push_back(meeting("autumn", "Hösten", "2023-autumn"));
    registry.meetings.push_back(meeting("undated", "Någon gång", nullptr));
    registry.meetings.push_back(meeting("august", "Augusti", "2023-08-30"));
    registry.build_index();
    return registry;
}

std::vector<std::string> ids(const std::vector<report::AgendaItem>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) {
        const auto& id = item.programme != nullptr ? item.programme->id : item.meeting->id;
        out.push_back(item.kind == report::AgendaKind::registration_deadline ? id + "/registration" : id);
    }
    return out;
}

}  // namespace

TEST_SUITE("report::agenda") {
    TEST_CASE("items come in time order with deadlines as items of their own") {
        const auto registry = sample();
        const auto items = report::agenda_items(registry, {{2023, 8, 1}, {2024, 7, 31}, "", ""});
        CHECK(ids(items) ==
              std::vector<std::string>{"autumn", "prog/registration", "august", "morning", "afternoon", "in-may"});
    }
    TEST_CASE("a vague fact is listed when it overlaps the range and never gets a day") {
        const auto registry = sample();
        const auto items = report::agenda_items(registry, {{2024, 5, 20}, {2024, 6, 10}, "", ""});
        REQUIRE(ids(items) == std::vector<std::string>{"in-may"});
        const auto table = report::agenda_table(registry, items, i18n::Language::sv);
        CHECK(table.rows[0][1].text == "maj 2024");
        CHECK(table.rows[0][1].data == "2024-05");
    }
    TEST_CASE("undated meetings and facts outside the range are left out") {
        const auto registry = sample();
        const auto items = report::agenda_items(registry, {{2023, 9, 1}, {2023, 9, 12}, "", ""});
        CHECK(ids(items) == std::vector<std::string>{"autumn"});
    }
    TEST_CASE("a deadline row names the programme and the channel in the language asked for") {
        const auto registry = sample();
        const auto items = report::agenda_items(registry, {{2023, 8, 30}, {2023, 8, 30}, "", ""});
        REQUIRE(ids(items) == std::vector<std::string>{"autumn", "prog/registration", "august"});
        const auto sv = report::agenda_table(registry, items, i18n::Language::sv);
        CHECK(sv.rows[1][4].text == "sista anmälningsdag");
        CHECK(sv.rows[1][4].data == "registration-deadline");
        CHECK(sv.rows[1][5].text == "Anmälan till Programmet via Lärandekalendern");
        CHECK(sv.rows[1][1].text == "onsdag 30 augusti 2023");
        const auto en = report::agenda_table(registry, items, i18n::Language::en);
        CHECK(en.rows[1][1].text == "Wednesday 30 August 2023");
        CHECK(en.rows[1][1].data == "2023-08-30");
    }
    TEST_CASE("the region filter applies to meetings and programmes alike") {
        const auto registry = sample();
        CHECK(report::agenda_items(registry, {{2023, 1, 1}, {2024, 12, 31}, "north", ""}).empty());
        CHECK(report::agenda_items(registry, {{2023, 1, 1}, {2024, 12, 31}, "west", ""}).size() == 6);
    }
}
