// Dates and times as people read them, in either
// language: "onsdag 13 september 2023, kl. 8.30–16.00" or
// "Wednesday 13 September 2023, 08:30–16:00"; "maj 2018", "HT 2019".
// Counts, which are the model's, are in labels/numbers.hpp.
#pragma once

#include "i18n/language.hpp"
#include "time/civil_date.hpp"
#include "time/fuzzy_date.hpp"
#include "time/time_of_day.hpp"

#include <optional>
#include <string>

namespace netadmin::i18n {

std::string month_name(Language language, int month);
std::string weekday_name(Language language, int weekday);

// "13 september 2023" / "13 September 2023", with the weekday in front when asked.
std::string format_day(Language language, const time::CivilDate& date, bool with_weekday = false);
// As precise as the fact: a day as above, "maj 2018", "HT 2019" / "autumn 2019", "2010".
std::string format_fuzzy_date(Language language, const time::FuzzyDate& date, bool with_weekday = false);
// "8.30" / "08:30".
std::string format_clock(Language language, const time::TimeOfDay& time);
// "kl. 8.30–16.00" / "08:30–16:00"; either end may be missing; "" when both are.
std::string format_time_range(Language language, const std::optional<time::TimeOfDay>& start,
                              const std::optional<time::TimeOfDay>& end);

}  // namespace netadmin::i18n
