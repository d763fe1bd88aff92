// What people call the fixed words of the model: operations, centre kinds,
// meeting kinds, entity kinds. The model knows their data names
// (model/vocabulary.hpp); their words in each language are i18n's. Each
// label is one case of a switch, never arithmetic on the enum, so reordering
// an enum or the catalogue cannot shift a label onto its neighbour's text.
#pragma once

#include "i18n/catalog.hpp"
#include "model/entities.hpp"

#include <string_view>

namespace netadmin::i18n {

Msg label(model::Operation op);
Msg label(model::CentreKind kind);
Msg label(model::MeetingKind kind);
Msg label(model::EntityKind kind);

// The label in words: label_text(language, model::Operation::bvc) == "BVC".
template <typename Enum>
std::string_view label_text(Language language, Enum value) {
    return runtime_text(language, label(value));
}

}  // namespace netadmin::i18n
