// How often a network meets, as people read it. A network's frequency is
// free text in the registry ("yearly", "twice a year", "en gång i
// månaden"); the common ways of saying it in either language are one
// table, so a Swedish listing does not say "Träffas yearly". Text the
// table does not know is shown as written.
#pragma once

#include "i18n/catalog.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::labels {

// `written` in `language`: as written when it is already said in that
// language or when the table does not know it, otherwise the language's
// words for the same frequency ("yearly" -> "en gång om året").
std::string frequency_text(i18n::Language language, std::string_view written);

// The catalogue's words for the frequency `written` says, in whichever
// language it is written; nothing for text the table does not know.
std::optional<i18n::Msg> frequency_label(std::string_view written);

}  // namespace netadmin::labels
