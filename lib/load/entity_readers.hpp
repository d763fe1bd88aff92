// One reader per entity kind: TOML table -> model entity, with every local
// problem (types, values, formats, unknown keys) reported where it is.
// Checks that need the whole registry (references, duplicates, regions of
// municipalities) run later, in load/validate.hpp.
#pragma once

#include "load/table_reader.hpp"
#include "model/entities.hpp"
#include "model/reference.hpp"

namespace netadmin::load {

struct ReadContext {
    const model::Reference& reference;
    std::string file_region;  // region of the file, from [region] or region = "id"
};

model::Region read_region(TableReader& reader, const ReadContext& context);
model::Organisation read_organisation(TableReader& reader, const ReadContext& context);
model::Person read_person(TableReader& reader, const ReadContext& context);
model::Centre read_centre(TableReader& reader, const ReadContext& context);
model::Network read_network(TableReader& reader, const ReadContext& context);
model::Programme read_programme(TableReader& reader, const ReadContext& context);
model::Meeting read_meeting(TableReader& reader, const ReadContext& context);
model::Venue read_venue(TableReader& reader, const ReadContext& context);
model::Resource read_resource(TableReader& reader, const ReadContext& context);
model::Source read_source(TableReader& reader, const ReadContext& context);
void read_settings(TableReader& reader, model::Settings& settings);

// Shared by the readers.
std::string read_id(TableReader& reader);
model::ReminderRules read_reminders(TableReader& reader);
std::string read_municipality(TableReader& reader, std::string_view key, const model::Reference& reference,
                              bool required);
std::optional<model::Registration> read_registration(TableReader& reader);
// `sources`, `inferred` and `inference_note` (load/read_provenance.cpp).
model::Provenance read_provenance(TableReader& reader);

}  // namespace netadmin::load
