// A person's data as JSON (see person.hpp).
#include "render/person.hpp"

#include "render/json_writer.hpp"

namespace netadmin::render {

std::string person_json(const people::PersonRecord& record) {
    JsonWriter json;
    json.begin_object();
    json.string("email", record.email);
    json.begin_array("registry");
    for (const auto& mention : record.registry) {
        json.begin_object();
        json.string("kind", mention.settings ? "settings" : model::entity_kind_name(mention.kind));
        json.string_or_null("id", mention.id);
        json.string_or_null("name", mention.name);
        json.string("key", mention.key);
        json.string_or_null("place", mention.place);
        json.end_object();
    }
    json.end_array();
    json.begin_array("registrations");
    for (const auto& row : record.state.registrations) {
        json.begin_object();
        json.string("target", row.target);
        json.string("email", row.email);
        json.string_or_null("name", row.name);
        json.string_or_null("centre", row.centre);
        json.string_or_null("workplace", row.workplace);
        json.string_or_null("municipality", row.municipality);
        json.string_or_null("registered", row.registered_on);
        json.string_or_null("unregistered", row.unregistered_on);
        json.end_object();
    }
    json.end_array();
    json.begin_array("attendance");
    for (const auto& row : record.state.attendance) {
        json.begin_object();
        json.string("meeting", row.meeting);
        json.string("email", row.email);
        json.string_or_null("name", row.name);
        json.boolean("walk_in", row.walk_in);
        json.end_object();
    }
    json.end_array();
    json.begin_array("reminders");
    for (const auto& entry : record.state.reminders) {
        json.begin_object();
        json.string("target", entry.key.target);
        json.string_or_null("recipient", entry.key.recipient);
        json.string_or_null("address", entry.info.address);
        json.number("offset_days", entry.key.offset);
        json.string("reference_date", time::to_iso(entry.key.reference));
        json.string("status", state::status_name(entry.status));
        json.string("updated_at", entry.updated_at);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    return json.finish();
}

}  // namespace netadmin::render
