// Numbers as people read them: "cirka 30" / "about 30"; large numbers
// grouped ("12 000" / "12,000").
#pragma once

#include "i18n/language.hpp"
#include "model/count.hpp"

#include <string>

namespace netadmin::labels {

std::string format_count(i18n::Language language, const model::Count& count);

}  // namespace netadmin::labels
