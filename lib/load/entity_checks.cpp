// The rules of an entity kind that span several of its fields, run by the
// entity reader (load/read_entity.cpp) once the fields are read: defaults
// that come from other fields, kinds that follow from operations, periods
// and times that must be in order.
#include "load/entity_readers.hpp"

#include "i18n/dates.hpp"
#include "model/field_access.hpp"
#include "model/vocabulary.hpp"

namespace netadmin::load {

using i18n::Msg;

namespace {

// Whether every listed operation is a known word: when one is not, the
// list is incomplete, and judging the kind from it would add a second,
// misleading error (the unknown word is reported where it is read).
bool operations_known(TableReader& reader) {
    const auto* node = reader.raw("operations");
    const auto* array = node != nullptr ? node->as_array() : nullptr;
    if (array == nullptr) return true;
    for (const auto& element : *array) {
        const auto* word = element.as_string();
        if (word != nullptr && !model::Words<model::Operation>::parse(word->get())) return false;
    }
    return true;
}

void check_period(TableReader& reader, std::string_view start_key, const std::optional<time::FuzzyDate>& start,
                  std::string_view end_key, const std::optional<time::FuzzyDate>& end) {
    if (!start || !end || end->last_day() >= start->first_day()) return;
    reader.diagnostics().error(reader.location(end_key), Msg::err_end_before_start, std::string(end_key),
                               time::to_data_string(*end), std::string(start_key), time::to_data_string(*start));
}

bool is_string(TableReader& reader, std::string_view key) {
    const auto* node = reader.raw(key);
    return node != nullptr && node->is_string();
}

}  // namespace

// A region without a name of its own takes its county's region name.
void check_entity(TableReader& reader, const ReadContext& context, model::Region& region) {
    if (is_string(reader, "name")) return;
    const auto* county = context.reference.county(region.county_code);
    region.name = county != nullptr ? county->region_name : region.id;
}

void check_entity(TableReader& reader, const ReadContext& /*context*/, model::Person& person) {
    if (person.name.empty() && person.email.empty()) {
        reader.diagnostics().error(reader.location(), Msg::err_missing_key, reader.name(), std::string("name"));
    }
}

// The kind follows from the operations when they are listed; a declared
// kind must agree with them, and may stand alone when they are not known.
// The table reads the declared kind into `kind`; here it is settled.
void check_entity(TableReader& reader, const ReadContext& /*context*/, model::Centre& centre) {
    const auto at = reader.location("municipality");
    centre.municipality_at = model::SourceRef{reader.file().index, at.line, at.column};
    centre.declared_kind = centre.kind;
    if (centre.operations.empty() || !operations_known(reader)) return;
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

void check_entity(TableReader& reader, const ReadContext& /*context*/, model::Programme& programme) {
    check_period(reader, "starts", programme.starts, "ends", programme.ends);
}

void check_entity(TableReader& reader, const ReadContext& context, model::Meeting& meeting) {
    if ((meeting.start || meeting.end) && meeting.date && !meeting.date->has_day()) {
        reader.diagnostics().error(reader.location(meeting.start ? "start" : "end"), Msg::err_time_without_day,
                                   time::to_data_string(*meeting.date));
    }
    if (meeting.start && meeting.end && *meeting.end < *meeting.start) {
        reader.diagnostics().error(reader.location("end"), Msg::err_end_before_start, std::string("end"),
                                   time::to_data_string(*meeting.end), std::string("start"),
                                   time::to_data_string(*meeting.start));
    }
    if (meeting.municipality_code.empty() && !meeting.place.empty()) {
        // A place that names a municipality ("Kalix") places the meeting there.
        if (const auto* municipality = context.reference.municipality_by_name(meeting.place)) {
            meeting.municipality_code = municipality->code;
        }
    }
}

// A count is a fact only with its source, and it counts one place: the
// country, a county or a municipality.
void check_entity(TableReader& reader, const ReadContext& /*context*/, model::CountFact& count) {
    if (count.provenance.sources.empty() && reader.raw("sources") == nullptr) {
        reader.diagnostics().error(reader.location(), Msg::err_missing_key, reader.name(), std::string("sources"));
    }
    if (!count.county_code.empty() && !count.municipality.empty()) {
        reader.diagnostics().error(reader.location("municipality"), Msg::err_count_two_places);
    }
}

}  // namespace netadmin::load
