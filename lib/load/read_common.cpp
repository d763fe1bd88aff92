// Readers shared by several entity kinds: ids, municipalities, reminder
// rules, registration, and the small entities (region, organisation, person,
// venue, resource, settings).
#include "load/entity_readers.hpp"

#include "i18n/language.hpp"
#include "model/vocabulary.hpp"
#include "util/email.hpp"
#include "util/suggest.hpp"

namespace netadmin::load {

using i18n::Msg;

std::string read_id(TableReader& reader) {
    auto id = reader.required_string("id");
    if (!id.empty() && !is_valid_id(id)) {
        auto& d = reader.diagnostics().error(reader.location("id"), Msg::err_invalid_id, id);
        d.hint = Msg::hint_id_form;
    }
    return id;
}

std::string read_municipality(TableReader& reader, std::string_view key, const model::Reference& reference,
                              bool required) {
    const auto text = required ? std::optional(reader.required_string(key)) : reader.string(key);
    if (!text || text->empty()) return {};
    if (const auto* municipality = reference.find_municipality(*text)) return municipality->code;
    auto& d = reader.diagnostics().error(reader.location(key), Msg::err_unknown_municipality, *text);
    const auto names = reference.municipality_names();
    if (auto suggestion = util::closest_match(*text, std::span<const std::string>(names))) {
        add_suggestion(d, *suggestion);
    }
    return {};
}

model::ReminderRules read_reminders(TableReader& reader) {
    model::ReminderRules rules;
    const auto* table = reader.table("reminders");
    if (table == nullptr) return rules;
    TableReader sub(*table, reader.name() + ".reminders", reader.file());
    rules.meeting_days = sub.day_list("meeting_days");
    rules.deadline_days = sub.day_list("deadline_days");
    sub.finish();
    return rules;
}

std::optional<model::Registration> read_registration(TableReader& reader) {
    const auto* table = reader.table("registration");
    if (table == nullptr) return std::nullopt;
    TableReader sub(*table, reader.name() + ".registration", reader.file());
    model::Registration registration;
    registration.deadline = sub.date("deadline");
    registration.channel = sub.string("channel").value_or("");
    registration.requirement = sub.string("requirement").value_or("");
    registration.where = sub.source_ref();
    sub.finish();
    return registration;
}

model::Region read_region(TableReader& reader, const ReadContext& context) {
    model::Region region;
    region.where = reader.source_ref();
    region.id = read_id(reader);
    region.county_code = reader.required_string("county");
    const auto* county = context.reference.county(region.county_code);
    if (!region.county_code.empty() && county == nullptr) {
        reader.diagnostics().error(reader.location("county"), Msg::err_unknown_county, region.county_code);
    }
    region.name = reader.string("name").value_or(county != nullptr ? county->region_name : region.id);
    region.summary = reader.string("summary").value_or("");
    region.outlook = reader.string("outlook").value_or("");
    region.births_per_year = reader.count("births_per_year");
    region.area_share_percent = reader.count("area_share_percent");
    region.contacts = reader.reference_list("contacts", model::EntityKind::person);
    if (auto language = reader.choice("language", i18n::parse_language, i18n::language_names)) {
        region.language = i18n::language_code(*language);
    }
    region.reminders = read_reminders(reader);
    region.provenance = read_provenance(reader);
    reader.finish();
    return region;
}

model::Organisation read_organisation(TableReader& reader, const ReadContext& context) {
    model::Organisation organisation;
    organisation.where = reader.source_ref();
    organisation.id = read_id(reader);
    organisation.name = reader.required_string("name");
    organisation.kind = reader.string("kind").value_or("");
    organisation.parent = reader.reference("parent", model::EntityKind::organisation).value_or("");
    organisation.region = reader.reference("region", model::EntityKind::region).value_or(context.file_region);
    organisation.municipality_code = read_municipality(reader, "municipality", context.reference, false);
    organisation.url = reader.string("url").value_or("");
    organisation.provenance = read_provenance(reader);
    reader.finish();
    return organisation;
}

model::Person read_person(TableReader& reader, const ReadContext& context) {
    model::Person person;
    person.where = reader.source_ref();
    person.id = read_id(reader);
    person.name = reader.string("name").value_or("");
    person.email = reader.string("email").value_or("");
    if (!person.email.empty() && !util::is_valid_email(person.email)) {
        reader.diagnostics().error(reader.location("email"), Msg::err_invalid_email, person.email);
    }
    if (person.name.empty() && person.email.empty()) {
        reader.diagnostics().error(reader.location(), Msg::err_missing_key, reader.name(), std::string("name"));
    }
    person.phone = reader.string("phone").value_or("");
    person.role = reader.string("role").value_or("");
    person.organisation = reader.reference("organisation", model::EntityKind::organisation).value_or("");
    person.region = reader.reference("region", model::EntityKind::region).value_or(context.file_region);
    person.provenance = read_provenance(reader);
    reader.finish();
    return person;
}

model::Venue read_venue(TableReader& reader, const ReadContext& context) {
    model::Venue venue;
    venue.where = reader.source_ref();
    venue.id = read_id(reader);
    venue.name = reader.required_string("name");
    venue.building = reader.string("building").value_or("");
    venue.address = reader.string("address").value_or("");
    venue.municipality_code = read_municipality(reader, "municipality", context.reference, false);
    venue.region = reader.reference("region", model::EntityKind::region).value_or(context.file_region);
    venue.directions = reader.string("directions").value_or("");
    venue.provenance = read_provenance(reader);
    reader.finish();
    return venue;
}

model::Resource read_resource(TableReader& reader, const ReadContext& context) {
    model::Resource resource;
    resource.where = reader.source_ref();
    resource.id = read_id(reader);
    resource.kind = reader.required_choice("kind", model::parse_resource_kind, model::resource_kind_names)
                        .value_or(model::ResourceKind::link);
    resource.title = reader.required_string("title");
    resource.description = reader.string("description").value_or("");
    resource.url = reader.string("url").value_or("");
    resource.path = reader.string("path").value_or("");
    resource.format = reader.string("format").value_or("");
    resource.region = reader.reference("region", model::EntityKind::region).value_or(context.file_region);
    resource.meeting = reader.reference("meeting", model::EntityKind::meeting).value_or("");
    resource.programme = reader.reference("programme", model::EntityKind::programme).value_or("");
    resource.author = reader.reference("author", model::EntityKind::person).value_or("");
    resource.provenance = read_provenance(reader);
    reader.finish();
    return resource;
}

void read_settings(TableReader& reader, model::Settings& settings) {
    settings.as_of = reader.date("as_of");
    settings.reminders_set = reader.has("reminders");
    if (auto language = reader.choice("language", i18n::parse_language, i18n::language_names)) {
        settings.language = i18n::language_code(*language);
    }
    if (auto from = reader.string("mail_from")) {
        if (!util::is_valid_email(*from)) {
            reader.diagnostics().error(reader.location("mail_from"), Msg::err_invalid_email, *from);
        }
        settings.mail_from = *from;
    }
    if (auto timeout = reader.integer("mailer_timeout")) {
        if (*timeout < 1 || *timeout > 3600) {
            reader.diagnostics().error(reader.location("mailer_timeout"), Msg::err_bad_mailer_timeout,
                                       std::int64_t{*timeout});
        } else {
            settings.mailer_timeout = static_cast<int>(*timeout);
        }
    }
    if (auto months = reader.integer("retention_months")) {
        if (*months < 1 || *months > 1200) {
            reader.diagnostics().error(reader.location("retention_months"), Msg::err_bad_retention_months,
                                       std::int64_t{*months});
        } else {
            settings.retention_months = static_cast<int>(*months);
        }
    }
    const auto rules = read_reminders(reader);
    if (rules.meeting_days) settings.meeting_days = *rules.meeting_days;
    if (rules.deadline_days) settings.deadline_days = *rules.deadline_days;
    reader.finish();
}

}  // namespace netadmin::load
