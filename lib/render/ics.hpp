// iCalendar (RFC 5545) for the meetings of the registry, as a pure function
// of the registry, the selection and a date stamp, so the same input always
// gives the same bytes. Outlook, Google Calendar and Thunderbird import it.
//
// One VTIMEZONE (Europe/Stockholm, the EU rule), one VEVENT per meeting with
// a day: timed events carry TZID=Europe/Stockholm, untimed ones are all-day
// (VALUE=DATE, DTEND the next day). Registration deadlines are all-day events
// of their own. UIDs are derived from registry ids, so a re-import updates
// instead of duplicating. A fact known only to the month, term or year has
// no place in a calendar that needs days: it is left out and reported.
#pragma once

#include "model/registry.hpp"
#include "time/civil_date.hpp"
#include "time/fuzzy_date.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::render {

struct IcsLeftOut {
    std::string id;                       // the meeting's or programme's id
    bool registration = false;            // its registration deadline, not the meeting itself
    std::optional<time::FuzzyDate> date;  // nullopt: no date yet
};

struct IcsCalendar {
    std::string text;  // CRLF line ends, folded
    std::vector<IcsLeftOut> left_out;
};

// `stamp` becomes every DTSTAMP (midnight UTC of that day): the RFC wants
// the time the file was made, and a clock reading would make two exports of
// the same registry differ. Callers pass "today" (--today in tests).
// The few words the file adds itself (deadline summaries) are in the
// registry's language for people (settings, or the region's), not --lang:
// the file goes to other people's calendars.
IcsCalendar to_ics(const model::Registry& registry, std::span<const model::Meeting* const> meetings,
                   std::span<const model::Programme* const> programmes, const time::CivilDate& stamp);

// One meeting (and its own registration deadline) as a whole calendar, for
// attaching to an e-mail. Empty-bodied (no VEVENT) when it has no day.
std::string meeting_calendar(const model::Registry& registry, const model::Meeting& meeting,
                             const time::CivilDate& stamp);

// Building blocks, exposed for the unit tests.
std::string ics_escape_text(std::string_view text);   // , ; \ and newlines
std::string ics_fold(std::string_view content_line);  // folded at 75 octets, ends with CRLF
std::string ics_stockholm_timezone();                 // the VTIMEZONE block, folded, CRLF
std::string ics_uid(std::string_view id, bool registration);

}  // namespace netadmin::render
