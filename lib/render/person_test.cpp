// Tests for a person's data as JSON.
#include "render/person.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

TEST_CASE("person_json lists the registry's mentions and every state row") {
    people::PersonRecord record;
    record.email = "anna@example.se";
    record.registry.push_back({model::EntityKind::person, "anna", "Anna", "email", "people.toml:3", false});
    record.registry.push_back({model::EntityKind::person, {}, {}, "mail_from", "settings.toml:1", true});
    record.state.registrations.push_back({"efbt", "Anna@example.se", "Anna", "kalix", "", "Kalix", "2023-08-15", ""});
    record.state.attendance.push_back({"efbt-1", "anna@example.se", "Anna", true});
    state::LogEntry entry;
    entry.key = {"efbt-1", "anna", 7, {2023, 9, 1}};
    entry.info = {"meeting", "anna@example.se", {2023, 8, 25}};
    entry.status = state::DeliveryStatus::sent;
    entry.updated_at = "2023-08-25T05:00:00Z";
    record.state.reminders.push_back(entry);
    const auto json = render::person_json(record);
    CHECK(json.find("\"email\": \"anna@example.se\"") != std::string::npos);
    CHECK(json.find("\"kind\": \"person\"") != std::string::npos);
    CHECK(json.find("\"kind\": \"settings\"") != std::string::npos);
    CHECK(json.find("\"place\": \"people.toml:3\"") != std::string::npos);
    CHECK(json.find("\"target\": \"efbt\"") != std::string::npos);
    CHECK(json.find("\"walk_in\": true") != std::string::npos);
    CHECK(json.find("\"reference_date\": \"2023-09-01\"") != std::string::npos);
    CHECK(json.find("\"status\": \"sent\"") != std::string::npos);
    CHECK(json.find("\"unregistered\": null") != std::string::npos);
}

TEST_CASE("person_json of someone unknown is empty lists, not missing keys") {
    people::PersonRecord record;
    record.email = "nobody@example.se";
    const auto json = render::person_json(record);
    CHECK(json.find("\"registry\": []") != std::string::npos);
    CHECK(json.find("\"registrations\": []") != std::string::npos);
    CHECK(json.find("\"attendance\": []") != std::string::npos);
    CHECK(json.find("\"reminders\": []") != std::string::npos);
}
