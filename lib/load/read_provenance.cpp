// Provenance of an entity and the source entity itself. `sources` names
// source entities (checked with the other references); `inferred` names keys
// of the same table, since only a fact the entity states can be marked as
// inferred, and asks for an `inference_note` with the evidence.
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

void check_inferred_keys(TableReader& reader, const std::vector<std::string>& inferred) {
    std::vector<std::string> stated;
    for (auto& key : reader.keys()) {
        if (!is_provenance_key(key)) stated.push_back(std::move(key));
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

model::Provenance read_provenance(TableReader& reader) {
    model::Provenance provenance;
    provenance.sources = reader.reference_list("sources", model::EntityKind::source);
    provenance.inferred = reader.string_list("inferred").value_or(std::vector<std::string>{});
    provenance.inference_note = reader.string("inference_note").value_or("");
    check_inferred_keys(reader, provenance.inferred);
    if (!provenance.inferred.empty() && provenance.inference_note.empty()) {
        reader.diagnostics().error(reader.location("inferred"), Msg::err_inferred_without_note);
    }
    return provenance;
}

model::Source read_source(TableReader& reader, const ReadContext& /*context*/) {
    model::Source source;
    source.where = reader.source_ref();
    source.id = read_id(reader);
    source.title = reader.required_string("title");
    source.publisher = reader.string("publisher").value_or("");
    source.url = reader.string("url").value_or("");
    source.published = reader.date("published");
    source.accessed = reader.date("accessed");
    source.note = reader.string("note").value_or("");
    source.provenance = read_provenance(reader);
    if (!source.provenance.sources.empty()) {
        reader.diagnostics().error(reader.location("sources"), Msg::err_unknown_key, std::string("sources"),
                                   reader.name());
    }
    reader.finish();
    return source;
}

}  // namespace netadmin::load
