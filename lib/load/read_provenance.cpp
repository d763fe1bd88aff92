// Provenance of an entity, and the rule of the source entity. `sources` names
// source entities (checked with the other references); `inferred` names keys
// of the same table, since only a fact the entity states can be marked as
// inferred (or a key it takes from its file, the file's region: then the
// placement in that file is the inference), and asks for an `inference_note` with the evidence.
#include "load/entity_readers.hpp"

#include "util/suggest.hpp"

#include <algorithm>

namespace netadmin::load {

using i18n::Msg;

namespace {

bool is_provenance_key(std::string_view key) {
    return key == "id" || key == "sources" || key == "inferred" || key == "inference_note";
}

Location element_location(TableReader& reader, std::string_view key, std::size_t i) {
    const auto* node = reader.raw(key);
    const auto* array = node != nullptr ? node->as_array() : nullptr;
    if (array == nullptr || i >= array->size()) return reader.location(key);
    return location_of(reader.file(), (*array)[i].source());
}

void check_inferred_keys(TableReader& reader, const std::vector<std::string>& inferred,
                         std::span<const std::string_view> from_file) {
    std::vector<std::string> stated;
    for (auto& key : reader.keys()) {
        if (!is_provenance_key(key)) stated.push_back(std::move(key));
    }
    for (const auto key : from_file) {
        if (std::find(stated.begin(), stated.end(), key) == stated.end()) stated.emplace_back(key);
    }
    for (std::size_t i = 0; i < inferred.size(); ++i) {
        if (std::find(stated.begin(), stated.end(), inferred[i]) != stated.end()) continue;
        auto& d = reader.diagnostics().error(element_location(reader, "inferred", i), Msg::err_inferred_unknown_key,
                                             inferred[i], reader.name());
        if (auto suggestion = util::closest_match(inferred[i], std::span<const std::string>(stated))) {
            add_suggestion(d, *suggestion);
        }
    }
}

}  // namespace

model::Provenance read_provenance(TableReader& reader, const ReadContext& context,
                                  std::span<const std::string_view> from_file) {
    model::Provenance provenance;
    read_provenance_fields(reader, context, provenance);
    check_inferred_keys(reader, provenance.inferred, from_file);
    if (!provenance.inferred.empty() && provenance.inference_note.empty()) {
        reader.diagnostics().error(reader.location("inferred"), Msg::err_inferred_without_note);
    }
    return provenance;
}

// A source cites no sources.
void check_entity(TableReader& reader, const ReadContext& /*context*/, model::Source& source) {
    if (!source.provenance.sources.empty()) {
        reader.diagnostics().error(reader.location("sources"), Msg::err_unknown_key, std::string("sources"),
                                   reader.name());
    }
}

}  // namespace netadmin::load
