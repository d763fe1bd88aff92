// Whether a value an entity shows is an inference, and the evidence for it:
// the one question every view asks before it prints a value, so "probably"
// and the evidence appear wherever the value does.
//
// A field is inferred when the entity marks it (`inferred = ["region"]` with
// an `inference_note`), and also when its value follows from a fact that is
// itself inferred (then the evidence is that fact's):
// - a meeting's region (and venue) that is its programme's or network's
//   follows from theirs;
// - a person's region that is their organisation's follows from it;
// - an organisation's region that is its parent's follows from the parent
//   link and the parent's region;
// - a region that holds the entity's municipality follows from the
//   municipality (an organisation, a venue, a centre).
// An entity that marks `region` without stating one marks the region it
// takes from its file: a placement made by whoever wrote the file, on the
// evidence of the note.
#pragma once

#include "model/registry.hpp"

#include <string_view>

namespace netadmin::query {

struct Inference {
    bool inferred = false;
    std::string_view evidence;  // the inference_note of the entity that marks it
    explicit operator bool() const { return inferred; }
};

Inference inference_of(const model::Registry& registry, const model::Region& region, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Organisation& organisation, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Person& person, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Centre& centre, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Network& network, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Programme& programme, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Meeting& meeting, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Venue& venue, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Resource& resource, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::Source& source, std::string_view key);
Inference inference_of(const model::Registry& registry, const model::CountFact& count, std::string_view key);
Inference inference_of(const model::Registry& registry, model::EntityRef entity, std::string_view key);

}  // namespace netadmin::query
