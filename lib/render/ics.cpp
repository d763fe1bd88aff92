// RFC 5545 writer; see render/ics.hpp. Content lines are built unfolded,
// then folded and terminated with CRLF one by one.
#include "render/ics.hpp"

#include "i18n/catalog.hpp"
#include "model/vocabulary.hpp"
#include "query/lookup.hpp"
#include "util/visible.hpp"

#include <fmt/format.h>

#include <set>

namespace netadmin::render {
namespace {

using i18n::Msg;
using Lines = std::vector<std::string>;

constexpr std::string_view kTimezone = "Europe/Stockholm";
constexpr std::size_t kMaxOctets = 75;  // RFC 5545 3.1, not counting CRLF

std::string ics_date(const time::CivilDate& date) {
    return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
}

std::string ics_local(const time::CivilDate& date, const time::TimeOfDay& time) {
    return fmt::format("{}T{:02}{:02}00", ics_date(date), time.hour(), time.minute());
}

// The language of text for people outside netadmin: the region's, else the
// registry's setting, else Swedish (the registry's default).
i18n::Language people_language(const model::Registry& registry, const std::string& region_id) {
    if (const auto* region = registry.region(region_id); region != nullptr && !region->language.empty()) {
        if (auto language = i18n::parse_language(region->language)) return *language;
    }
    return i18n::parse_language(registry.settings.language).value_or(i18n::Language::sv);
}

void add_all_day(Lines& lines, const time::CivilDate& day) {
    lines.push_back("DTSTART;VALUE=DATE:" + ics_date(day));
    lines.push_back("DTEND;VALUE=DATE:" + ics_date(time::add_days(day, 1)));
}

void add_when(Lines& lines, const model::Meeting& meeting) {
    const auto day = meeting.date->first_day();
    if (!meeting.start) return add_all_day(lines, day);
    lines.push_back(fmt::format("DTSTART;TZID={}:{}", kTimezone, ics_local(day, *meeting.start)));
    // Without an end the RFC makes the event end when it starts; that is
    // the honest reading of "starts at 13.00", so no end is invented.
    if (meeting.end) lines.push_back(fmt::format("DTEND;TZID={}:{}", kTimezone, ics_local(day, *meeting.end)));
}

std::string location(const model::Registry& registry, const model::Meeting& meeting) {
    auto place = query::meeting_place(registry, meeting);
    const auto* venue = registry.venue(meeting.venue);
    if (venue != nullptr && !venue->address.empty()) place += (place.empty() ? "" : ", ") + venue->address;
    return place;
}

std::string paragraphs(std::initializer_list<std::string_view> parts) {
    std::string text;
    for (const auto part : parts) {
        if (part.empty()) continue;
        if (!text.empty()) text += "\n\n";
        text += part;
    }
    return text;
}

void add_text(Lines& lines, std::string_view name, std::string_view value) {
    if (!value.empty()) lines.push_back(std::string(name) + ":" + ics_escape_text(value));
}

// The id a meeting was first known by: its UID stays the same across
// renames, so a subscriber's calendar updates the event instead of adding
// a second one.
const std::string& oldest_id(const model::Meeting& meeting) {
    return meeting.former_ids.empty() ? meeting.id : meeting.former_ids.front();
}

Lines meeting_event(const model::Registry& registry, const model::Meeting& meeting, const std::string& stamp) {
    const auto* programme = registry.programme(meeting.programme);
    Lines lines{"BEGIN:VEVENT", "UID:" + ics_uid(oldest_id(meeting), false), "DTSTAMP:" + stamp};
    add_when(lines, meeting);
    add_text(lines, "SUMMARY", meeting.title);
    add_text(lines, "LOCATION", location(registry, meeting));
    add_text(lines, "DESCRIPTION",
             paragraphs({meeting.summary, meeting.theme, programme != nullptr ? programme->name : ""}));
    lines.push_back("CATEGORIES:" + ics_escape_text(model::data_name(meeting.kind)));
    if (meeting.status == model::MeetingStatus::cancelled) lines.push_back("STATUS:CANCELLED");
    lines.push_back("END:VEVENT");
    return lines;
}

// A deadline is a day to remember, not time taken: all-day and transparent.
Lines deadline_event(const std::string& owner_id, const std::string& owner_name,
                     const model::Registration& registration, i18n::Language language, const std::string& stamp,
                     bool cancelled) {
    Lines lines{"BEGIN:VEVENT", "UID:" + ics_uid(owner_id, true), "DTSTAMP:" + stamp};
    add_all_day(lines, registration.deadline->first_day());
    add_text(lines, "SUMMARY", i18n::format(language, Msg::ics_deadline_summary, owner_name));
    const auto via = registration.channel.empty() ? std::string()
                                                  : i18n::format(language, Msg::ics_register_via, registration.channel);
    add_text(lines, "DESCRIPTION", paragraphs({via, registration.requirement}));
    lines.push_back("CATEGORIES:registration-deadline");
    lines.push_back("TRANSP:TRANSPARENT");
    if (cancelled) lines.push_back("STATUS:CANCELLED");
    lines.push_back("END:VEVENT");
    return lines;
}

struct Builder {
    const model::Registry& registry;
    std::string stamp;
    std::string events;
    std::vector<IcsLeftOut> left_out;
    std::set<std::string> regions;  // of the events asked for

    // The region's name when every event is of one region, else a name for
    // the whole registry, in the language of its people.
    std::string name() const {
        if (regions.size() == 1) {
            if (const auto* region = registry.region(*regions.begin()); region != nullptr) return region->name;
        }
        return i18n::format(people_language(registry, ""), Msg::ics_calendar_name);
    }

    void append(const Lines& lines) {
        for (const auto& line : lines) events += ics_fold(line);
    }

    // True when the date has a day; otherwise notes the fact as left out.
    bool usable(const std::string& id, bool registration, const std::optional<time::FuzzyDate>& date) {
        if (date && date->has_day()) return true;
        left_out.push_back({id, registration, date});
        return false;
    }

    void add_deadline(const std::string& id, const std::string& name, const std::string& region,
                      const model::Registration& registration, bool cancelled) {
        regions.insert(region);
        if (!usable(id, true, registration.deadline)) return;
        append(deadline_event(id, name, registration, people_language(registry, region), stamp, cancelled));
    }

    void add(const model::Meeting& meeting) {
        regions.insert(meeting.region);
        if (usable(meeting.id, false, meeting.date)) append(meeting_event(registry, meeting, stamp));
        if (meeting.registration && meeting.registration->deadline) {
            add_deadline(oldest_id(meeting), meeting.title, meeting.region, *meeting.registration,
                         meeting.status == model::MeetingStatus::cancelled);
        }
    }

    void add(const model::Programme& programme) {
        if (programme.registration && programme.registration->deadline) {
            add_deadline(programme.id, programme.name, programme.region, *programme.registration, false);
        }
    }

    std::string calendar() const {
        std::string text;
        for (const auto* line : {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//netadmin//netadmin//EN",
                                 "CALSCALE:GREGORIAN", "METHOD:PUBLISH"}) {
            text += ics_fold(line);
        }
        text += ics_fold("X-WR-CALNAME:" + ics_escape_text(name()));
        text += ics_stockholm_timezone();
        text += events;
        text += ics_fold("END:VCALENDAR");
        return text;
    }
};

}  // namespace

std::string ics_uid(std::string_view id, bool registration) {
    // Registry ids are [a-z0-9-], so the '.' keeps a deadline's UID apart
    // from any meeting's.
    return std::string(id) + (registration ? ".registration" : "") + "@netadmin";
}

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // Control characters are not allowed in TEXT (RFC 5545 3.3.11) but for
        // the line breaks, escaped, and tab; they and the bidi controls are
        // dropped (util/visible.hpp).
        const auto hidden = util::hidden_at(text, i);
        if (hidden && c != '\n' && c != '\r' && c != '\t') {
            i += hidden->length - 1;
            continue;
        }
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') break;  // CRLF: the LF makes the newline
                out += "\\n";
                break;
            default: out += c;
        }
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    std::size_t limit = kMaxOctets;
    while (line.size() > limit) {
        std::size_t cut = limit;
        // Never split a UTF-8 sequence: back up to the start of the character.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0U) == 0x80U) --cut;
        if (cut == 0) cut = limit;  // not UTF-8 after all (the loader rejects that): cut anywhere
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = kMaxOctets - 1;  // the leading space of a continuation counts
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string ics_stockholm_timezone() {
    // The EU rule, in force in Sweden since 1996 (time/stockholm.hpp):
    // summer time from the last Sunday of March 02:00 local (01:00 UTC) to
    // the last Sunday of October 03:00 local (01:00 UTC).
    std::string text;
    for (const auto* line :
         {"BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
          "TZNAME:CEST", "DTSTART:19960331T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"}) {
        text += ics_fold(line);
    }
    return text;
}

IcsCalendar to_ics(const model::Registry& registry, std::span<const model::Meeting* const> meetings,
                   std::span<const model::Programme* const> programmes, const time::CivilDate& stamp) {
    Builder builder{registry, ics_date(stamp) + "T000000Z", {}, {}, {}};
    for (const auto* meeting : meetings) builder.add(*meeting);
    for (const auto* programme : programmes) builder.add(*programme);
    return {builder.calendar(), std::move(builder.left_out)};
}

std::string meeting_calendar(const model::Registry& registry, const model::Meeting& meeting,
                             const time::CivilDate& stamp) {
    const model::Meeting* const one[] = {&meeting};
    return to_ics(registry, one, {}, stamp).text;
}

}  // namespace netadmin::render
