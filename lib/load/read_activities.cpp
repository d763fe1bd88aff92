// Readers for centres, networks, programmes and meetings: the entities with
// dates, kinds and nested tables.
#include "load/entity_readers.hpp"

#include "i18n/dates.hpp"
#include "model/vocabulary.hpp"

namespace netadmin::load {

using i18n::Msg;

namespace {

// False when an operation is not known: the list is then incomplete, and
// judging the kind from it would add a second, misleading error.
bool read_operations(TableReader& reader, model::Centre& centre) {
    const auto names = reader.string_list("operations");
    if (!names) return true;
    bool all_known = true;
    for (std::size_t i = 0; i < names->size(); ++i) {
        const auto& name = (*names)[i];
        if (auto op = model::parse_operation(name)) {
            centre.operations.add(*op);
            continue;
        }
        const auto* array = reader.raw("operations")->as_array();
        const auto where = array != nullptr && i < array->size() ? location_of(reader.file(), (*array)[i].source())
                                                                 : reader.location("operations");
        reader.diagnostics().error(where, Msg::err_unknown_value, std::string("operation"), name,
                                   model::operation_names());
        all_known = false;
    }
    return all_known;
}

// The kind follows from the operations when they are listed; a declared
// kind must agree with them, and may stand alone when they are not known.
void settle_kind(TableReader& reader, model::Centre& centre, bool operations_known) {
    centre.declared_kind = reader.choice("kind", model::parse_centre_kind, model::centre_kind_names);
    if (centre.operations.empty() || !operations_known) {
        centre.kind = centre.declared_kind;
        return;
    }
    centre.kind = model::kind_from_operations(centre.operations);
    if (!centre.kind) {
        reader.diagnostics().error(reader.location("operations"), Msg::err_operations_not_a_centre);
        return;
    }
    if (centre.declared_kind && *centre.declared_kind != *centre.kind) {
        reader.diagnostics().error(reader.location("kind"), Msg::err_kind_contradicts_operations,
                                   std::string(model::data_name(*centre.declared_kind)),
                                   std::string(model::data_name(*centre.kind)));
    }
}

std::vector<model::Theme> read_themes(TableReader& reader) {
    std::vector<model::Theme> themes;
    for (const auto* table : reader.table_list("themes")) {
        TableReader sub(*table, reader.name() + ".themes", reader.file());
        model::Theme theme;
        theme.id = read_id(sub);
        theme.name = sub.required_string("name");
        theme.focus = sub.boolean("focus").value_or(false);
        sub.finish();
        themes.push_back(std::move(theme));
    }
    return themes;
}

std::vector<model::Quote> read_quotes(TableReader& reader) {
    std::vector<model::Quote> quotes;
    for (const auto* table : reader.table_list("quotes")) {
        TableReader sub(*table, reader.name() + ".quotes", reader.file());
        quotes.push_back(model::Quote{sub.required_string("text"), sub.string("source").value_or("")});
        sub.finish();
    }
    return quotes;
}

std::vector<model::Speaker> read_speakers(TableReader& reader) {
    std::vector<model::Speaker> speakers;
    for (const auto* table : reader.table_list("speakers")) {
        TableReader sub(*table, reader.name() + ".speakers", reader.file());
        const bool has_person = sub.has("person");
        auto person = sub.reference("person", model::EntityKind::person);
        if (!has_person)
            sub.diagnostics().error(sub.location(), Msg::err_missing_key, sub.name(), std::string("person"));
        speakers.push_back(model::Speaker{person.value_or(""), sub.string("topic").value_or("")});
        sub.finish();
    }
    return speakers;
}

std::vector<std::string> list_or_empty(TableReader& reader, std::string_view key) {
    return reader.string_list(key).value_or(std::vector<std::string>{});
}

void check_period(TableReader& reader, std::string_view start_key, const std::optional<time::FuzzyDate>& start,
                  std::string_view end_key, const std::optional<time::FuzzyDate>& end) {
    if (!start || !end || end->last_day() >= start->first_day()) return;
    reader.diagnostics().error(reader.location(end_key), Msg::err_end_before_start, std::string(end_key),
                               time::to_data_string(*end), std::string(start_key), time::to_data_string(*start));
}

}  // namespace

model::Centre read_centre(TableReader& reader, const ReadContext& context) {
    model::Centre centre;
    centre.where = reader.source_ref();
    centre.id = read_id(reader);
    centre.name = reader.required_string("name");
    centre.region = reader.reference("region", model::EntityKind::region).value_or(context.file_region);
    centre.municipality_code = read_municipality(reader, "municipality", context.reference, true);
    const auto at = reader.location("municipality");
    centre.municipality_at = model::SourceRef{reader.file().index, at.line, at.column};
    const bool operations_known = read_operations(reader, centre);
    settle_kind(reader, centre, operations_known);
    centre.opened = reader.date("opened");
    centre.opened_note = reader.string("opened_note").value_or("");
    centre.contacts = reader.reference_list("contacts", model::EntityKind::person);
    centre.address = reader.string("address").value_or("");
    centre.note = reader.string("note").value_or("");
    centre.provenance = read_provenance(reader);
    reader.finish();
    return centre;
}

model::Network read_network(TableReader& reader, const ReadContext& context) {
    model::Network network;
    network.where = reader.source_ref();
    network.id = read_id(reader);
    network.name = reader.required_string("name");
    network.region = reader.reference("region", model::EntityKind::region).value_or(context.file_region);
    network.founded = reader.date("founded");
    network.frequency = reader.string("frequency").value_or("");
    network.topics = list_or_empty(reader, "topics");
    network.contacts = reader.reference_list("contacts", model::EntityKind::person);
    network.members = reader.optional_reference_list("members", model::EntityKind::person);
    network.summary = reader.string("summary").value_or("");
    network.reminders = read_reminders(reader);
    network.provenance = read_provenance(reader);
    reader.finish();
    return network;
}

model::Programme read_programme(TableReader& reader, const ReadContext& context) {
    model::Programme programme;
    programme.where = reader.source_ref();
    programme.id = read_id(reader);
    programme.name = reader.required_string("name");
    programme.short_name = reader.string("short_name").value_or("");
    programme.kind = reader.string("kind").value_or("");
    programme.region = reader.reference("region", model::EntityKind::region).value_or(context.file_region);
    programme.organisers = reader.reference_list("organisers", model::EntityKind::organisation);
    programme.leaders = reader.reference_list("leaders", model::EntityKind::person);
    programme.contacts = reader.reference_list("contacts", model::EntityKind::person);
    programme.funders = reader.reference_list("funders", model::EntityKind::organisation);
    programme.developed_by = reader.reference_list("developed_by", model::EntityKind::organisation);
    programme.summary = reader.string("summary").value_or("");
    programme.purpose = reader.string("purpose").value_or("");
    programme.starts = reader.date("starts");
    programme.ends = reader.date("ends");
    check_period(reader, "starts", programme.starts, "ends", programme.ends);
    programme.parts = reader.count("parts");
    programme.trained = reader.count("trained");
    programme.trained_note = reader.string("trained_note").value_or("");
    programme.themes = read_themes(reader);
    programme.participants = reader.reference_list("participants", model::EntityKind::centre);
    programme.audience = reader.string("audience").value_or("");
    programme.local_work = reader.string("local_work").value_or("");
    if (auto hours = reader.integer("reading_hours_per_month")) {
        if (*hours >= 0 && *hours <= 744) programme.reading_hours_per_month = static_cast<int>(*hours);
    }
    programme.venue = reader.reference("venue", model::EntityKind::venue).value_or("");
    programme.catering = list_or_empty(reader, "catering");
    programme.registration = read_registration(reader);
    programme.quotes = read_quotes(reader);
    programme.reminders = read_reminders(reader);
    programme.provenance = read_provenance(reader);
    reader.finish();
    return programme;
}

model::Meeting read_meeting(TableReader& reader, const ReadContext& context) {
    model::Meeting meeting;
    meeting.where = reader.source_ref();
    meeting.id = read_id(reader);
    meeting.kind = reader.required_choice("kind", model::parse_meeting_kind, model::meeting_kind_names)
                       .value_or(model::MeetingKind::other);
    meeting.title = reader.required_string("title");
    meeting.region = reader.reference("region", model::EntityKind::region).value_or(context.file_region);
    meeting.network = reader.reference("network", model::EntityKind::network).value_or("");
    meeting.programme = reader.reference("programme", model::EntityKind::programme).value_or("");
    if (auto session = reader.integer("session")) {
        if (*session >= 1 && *session <= 1000) meeting.session = static_cast<int>(*session);
    }
    meeting.date = reader.date("date");
    meeting.start = reader.time("start");
    meeting.end = reader.time("end");
    if ((meeting.start || meeting.end) && meeting.date && !meeting.date->has_day()) {
        reader.diagnostics().error(reader.location(meeting.start ? "start" : "end"), Msg::err_time_without_day,
                                   time::to_data_string(*meeting.date));
    }
    if (meeting.start && meeting.end && *meeting.end < *meeting.start) {
        reader.diagnostics().error(reader.location("end"), Msg::err_end_before_start, std::string("end"),
                                   time::to_data_string(*meeting.end), std::string("start"),
                                   time::to_data_string(*meeting.start));
    }
    meeting.status = reader.choice("status", model::parse_meeting_status, model::meeting_status_names)
                         .value_or(model::MeetingStatus::scheduled);
    meeting.moved_from = reader.date("moved_from");
    meeting.venue = reader.reference("venue", model::EntityKind::venue).value_or("");
    meeting.place = reader.string("place").value_or("");
    meeting.municipality_code = read_municipality(reader, "municipality", context.reference, false);
    if (meeting.municipality_code.empty() && !meeting.place.empty()) {
        // A place that names a municipality ("Kalix") places the meeting there.
        if (const auto* municipality = context.reference.municipality_by_name(meeting.place)) {
            meeting.municipality_code = municipality->code;
        }
    }
    meeting.organisers = reader.reference_list("organisers", model::EntityKind::organisation);
    meeting.theme = reader.string("theme").value_or("");
    meeting.themes = list_or_empty(reader, "themes");
    meeting.summary = reader.string("summary").value_or("");
    meeting.speakers = read_speakers(reader);
    meeting.participants = reader.count("participants");
    meeting.participant_organisations =
        reader.reference_list("participant_organisations", model::EntityKind::organisation);
    meeting.invited = reader.string("invited").value_or("");
    meeting.outcome = reader.string("outcome").value_or("");
    meeting.registration = read_registration(reader);
    meeting.catering = list_or_empty(reader, "catering");
    meeting.recipients = reader.optional_reference_list("recipients", model::EntityKind::person);
    meeting.extra_recipients = reader.reference_list("extra_recipients", model::EntityKind::person);
    meeting.reminders = read_reminders(reader);
    // Ids the meeting had before a rename: its reminder history stays with it.
    meeting.former_ids = list_or_empty(reader, "former_ids");
    meeting.provenance = read_provenance(reader);
    reader.finish();
    return meeting;
}

}  // namespace netadmin::load
