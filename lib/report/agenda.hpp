// The agenda: what is coming up in a date range, as data. Meetings and
// programme sessions, and registration deadlines (of programmes and of
// meetings) as items of their own, in time order. Facts known only to the
// month, term or year stay that vague: they are listed when they overlap the
// range and sorted by their first day, but never shown as if they had a day.
#pragma once

#include "i18n/language.hpp"
#include "model/registry.hpp"
#include "report/table.hpp"
#include "time/civil_date.hpp"
#include "time/fuzzy_date.hpp"

#include <span>
#include <string>
#include <vector>

namespace netadmin::report {

// Which meetings and programmes a calendar view covers: all, one region's,
// or one programme's (its sessions and its own registration deadline).
struct CalendarSelection {
    std::vector<const model::Meeting*> meetings;      // meeting_before order, undated last
    std::vector<const model::Programme*> programmes;  // by id
};
CalendarSelection select_calendar(const model::Registry& registry, const std::string& region,
                                  const std::string& programme);

struct AgendaFilter {
    time::CivilDate from;   // inclusive
    time::CivilDate to;     // inclusive
    std::string region;     // region id; empty: all
    std::string programme;  // programme id; empty: all
};

enum class AgendaKind { meeting, registration_deadline };

struct AgendaItem {
    AgendaKind kind = AgendaKind::meeting;
    time::FuzzyDate date;
    const model::Meeting* meeting = nullptr;      // the meeting, or the meeting whose registration closes
    const model::Programme* programme = nullptr;  // the programme whose registration closes
};

// True when the fact may fall on a day in [from, to].
bool overlaps(const time::FuzzyDate& date, const time::CivilDate& from, const time::CivilDate& to);

// The items in the range, in time order: date (precise before vague on the
// same first day), start time (untimed first), deadlines before meetings,
// title, id.
std::vector<AgendaItem> agenda_items(const model::Registry& registry, const AgendaFilter& filter);

// Columns: date, time (start; end machine-only), kind, title, place, region,
// status; id and programme machine-only.
Table agenda_table(const model::Registry& registry, std::span<const AgendaItem> items, i18n::Language language);

}  // namespace netadmin::report
