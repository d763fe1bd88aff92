// What people call the fixed words of the model: operations, centre kinds,
// meeting kinds, entity kinds, resource kinds. The model knows their data names
// (model/vocabulary.hpp) and i18n the texts of the catalogue; which text
// names which value is this layer's, the one above both. Each
// label is one case of a switch, never arithmetic on the enum, so reordering
// an enum or the catalogue cannot shift a label onto its neighbour's text.
#pragma once

#include "i18n/catalog.hpp"
#include "model/entities.hpp"

#include <string_view>

namespace netadmin::labels {

i18n::Msg label(model::Operation op);
i18n::Msg label(model::CentreKind kind);
i18n::Msg label(model::MeetingKind kind);
i18n::Msg label(model::EntityKind kind);
i18n::Msg label(model::ResourceKind kind);

// The label in words: label_text(language, model::Operation::bvc) == "BVC".
template <typename Enum>
std::string_view label_text(i18n::Language language, Enum value) {
    return i18n::runtime_text(language, label(value));
}

}  // namespace netadmin::labels
