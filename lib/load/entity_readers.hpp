// TOML table -> model entity, one reader for every kind driven by its field
// table, with every local problem (types, values, formats, unknown keys)
// reported where it is.
// Checks that need the whole registry (references, duplicates, regions of
// municipalities) run later, in load/validate.hpp.
#pragma once

#include "load/table_reader.hpp"
#include "model/entities.hpp"
#include "model/reference.hpp"

#include <span>
#include <string_view>

namespace netadmin::load {

struct ReadContext {
    const model::Reference& reference;
    std::string file_region;  // region of the file, from [region] or region = "id"
};

// An entity of any kind, as its field table (model/entities.hpp) says.
template <typename E>
E read_entity(TableReader& reader, const ReadContext& context);
void read_settings(TableReader& reader, const ReadContext& context, model::Settings& settings);

// Shared by the readers.
std::string read_id(TableReader& reader);
model::ReminderRules read_reminders(TableReader& reader, const ReadContext& context);
std::string read_municipality(TableReader& reader, std::string_view key, const model::Reference& reference,
                              bool required);
// `sources`, `inferred` and `inference_note` (load/read_provenance.cpp);
// read_provenance_fields reads them as their table says, read_provenance
// checks them too: `inferred` names keys the table states, or keys it takes
// from its file (`from_file`: the file's region) without stating them.
model::Provenance read_provenance(TableReader& reader, const ReadContext& context,
                                  std::span<const std::string_view> from_file = {});
void read_provenance_fields(TableReader& reader, const ReadContext& context, model::Provenance& provenance);

// The rules of a kind that span several of its fields, run once they are
// read (load/entity_checks.cpp). Kinds without such rules have none.
template <typename E>
void check_entity(TableReader& /*reader*/, const ReadContext& /*context*/, E& /*item*/) {}
void check_entity(TableReader& reader, const ReadContext& context, model::Region& region);
void check_entity(TableReader& reader, const ReadContext& context, model::Person& person);
void check_entity(TableReader& reader, const ReadContext& context, model::Centre& centre);
void check_entity(TableReader& reader, const ReadContext& context, model::Programme& programme);
void check_entity(TableReader& reader, const ReadContext& context, model::Meeting& meeting);
void check_entity(TableReader& reader, const ReadContext& context, model::Source& source);
void check_entity(TableReader& reader, const ReadContext& context, model::CountFact& count);

}  // namespace netadmin::load
