// Europe/Stockholm local time without the system time zone database: the
// EU rule (since 1996) is summer time (UTC+2) from the last Sunday of March
// 01:00 UTC to the last Sunday of October 01:00 UTC, otherwise UTC+1.
// "Today" for netadmin is always the Stockholm date, whatever TZ cron has.
#pragma once

#include "time/civil_date.hpp"
#include "time/time_of_day.hpp"

#include <cstdint>

namespace netadmin::time {

// Offset from UTC in minutes (60 or 120) at the instant `unix_seconds`.
int stockholm_utc_offset_minutes(std::int64_t unix_seconds);

// The Stockholm calendar date at the instant `unix_seconds`.
CivilDate stockholm_date(std::int64_t unix_seconds);

// The instant (seconds since the epoch, UTC) of a Stockholm wall-clock time.
// A time skipped by the spring change (02:00–02:59) is read as summer time
// an hour later; a repeated autumn hour is read as its first (summer) pass.
std::int64_t stockholm_to_unix(const CivilDate& date, const TimeOfDay& time);

// Last Sunday of March / October of `year`, the change-over days.
CivilDate summer_time_start(int year);
CivilDate summer_time_end(int year);

}  // namespace netadmin::time
