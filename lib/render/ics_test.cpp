#include "render/ics.hpp"

#include "util/utf8.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

std::vector<std::string> physical_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

std::string unfold(const std::string& folded) {
    std::string out;
    for (const auto& line : physical_lines(folded)) out += line.starts_with(' ') ? line.substr(1) : line;
    return out;
}

model::Registry one_meeting_registry() {
    model::Registry registry;
    model::Meeting meeting;
    meeting.id = "host-2023";
    meeting.kind = model::MeetingKind::network_meeting;
    meeting.title = "Träff; ny, stor\\liten";
    meeting.date = time::FuzzyDate::of_day({2023, 10, 29});
    meeting.start = time::TimeOfDay{8 * 60 + 30};
    meeting.end = time::TimeOfDay{16 * 60};
    meeting.place = "Kalix";
    meeting.registration = model::Registration{time::FuzzyDate::of_day({2023, 10, 1}), "e-post", "", {}};
    registry.meetings.push_back(meeting);
    model::Meeting vague;
    vague.id = "vague";
    vague.title = "Någon gång i maj";
    vague.date = time::parse_fuzzy_date("2024-05");
    registry.meetings.push_back(vague);
    registry.build_index();
    return registry;
}

}  // namespace

TEST_SUITE("render::ics") {
    TEST_CASE("text escapes backslash, semicolon, comma and newlines") {
        CHECK(render::ics_escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
        CHECK(render::ics_escape_text("rad 1\r\nrad 2") == "rad 1\\nrad 2");
        CHECK(render::ics_escape_text("tab\tok\x01") == "tab\tok");
        CHECK(render::ics_escape_text("a\x1b[2J\x7f\u202Eb\u2066c\xc2\x9b") == "a[2Jbc");
    }
    TEST_CASE("short lines are not folded and end with CRLF") {
        CHECK(render::ics_fold("SUMMARY:kort") == "SUMMARY:kort\r\n");
        CHECK(render::ics_fold(std::string(75, 'x')) == std::string(75, 'x') + "\r\n");
    }
    TEST_CASE("long lines fold at 75 octets and unfold to the original") {
        const std::string line = "DESCRIPTION:" + std::string(200, 'a');
        const auto folded = render::ics_fold(line);
        for (const auto& physical : physical_lines(folded)) CHECK(physical.size() <= 75);
        CHECK(physical_lines(folded).front().size() == 75);
        CHECK(unfold(folded) == line);
    }
    TEST_CASE("folding never splits a UTF-8 character") {
        std::string line = "SUMMARY:";
        for (int i = 0; i < 60; ++i) line += "åäö€";  // two- and three-octet characters
        const auto folded = render::ics_fold(line);
        for (const auto& physical : physical_lines(folded)) {
            CHECK(physical.size() <= 75);
            CHECK(util::is_valid_utf8(physical));
        }
        CHECK(unfold(folded) == line);
    }
    TEST_CASE("the Stockholm time zone follows the EU rule") {
        const auto zone = render::ics_stockholm_timezone();
        CHECK(zone.starts_with("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"));
        CHECK(zone.find("BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n") != std::string::npos);
        CHECK(zone.find("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n") != std::string::npos);
        CHECK(zone.find("BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n") != std::string::npos);
        CHECK(zone.find("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n") != std::string::npos);
        // The observances start on change-over days (last Sundays, 1996).
        CHECK(zone.find("DTSTART:19960331T020000\r\n") != std::string::npos);
        CHECK(zone.find("DTSTART:19961027T030000\r\n") != std::string::npos);
        CHECK(zone.ends_with("END:VTIMEZONE\r\n"));
    }
    TEST_CASE("a timed meeting has local times with TZID and a stable UID") {
        const auto registry = one_meeting_registry();
        const auto text = render::meeting_calendar(registry, registry.meetings[0], {2023, 9, 1});
        CHECK(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        CHECK(text.find("UID:host-2023@netadmin\r\n") != std::string::npos);
        CHECK(text.find("DTSTAMP:20230901T000000Z\r\n") != std::string::npos);
        CHECK(text.find("DTSTART;TZID=Europe/Stockholm:20231029T083000\r\n") != std::string::npos);
        CHECK(text.find("DTEND;TZID=Europe/Stockholm:20231029T160000\r\n") != std::string::npos);
        CHECK(text.find("SUMMARY:Träff\\; ny\\, stor\\\\liten\r\n") != std::string::npos);
        CHECK(text.find("CATEGORIES:network-meeting\r\n") != std::string::npos);
        CHECK(text.ends_with("END:VCALENDAR\r\n"));
    }
    TEST_CASE("a registration deadline is an all-day event with a UID of its own") {
        const auto registry = one_meeting_registry();
        const auto text = render::meeting_calendar(registry, registry.meetings[0], {2023, 9, 1});
        CHECK(text.find("UID:host-2023.registration@netadmin\r\n") != std::string::npos);
        CHECK(text.find("DTSTART;VALUE=DATE:20231001\r\nDTEND;VALUE=DATE:20231002\r\n") != std::string::npos);
        CHECK(text.find("CATEGORIES:registration-deadline\r\n") != std::string::npos);
    }
    TEST_CASE("a meeting known only to the month is left out and reported") {
        const auto registry = one_meeting_registry();
        const model::Meeting* const meetings[] = {&registry.meetings[0], &registry.meetings[1]};
        const auto calendar = render::to_ics(registry, meetings, {}, {2023, 9, 1});
        REQUIRE(calendar.left_out.size() == 1);
        CHECK(calendar.left_out[0].id == "vague");
        CHECK_FALSE(calendar.left_out[0].registration);
        CHECK(calendar.text.find("vague@netadmin") == std::string::npos);
    }
    TEST_CASE("the same input gives the same bytes") {
        const auto registry = one_meeting_registry();
        CHECK(render::meeting_calendar(registry, registry.meetings[0], {2023, 9, 1}) ==
              render::meeting_calendar(registry, registry.meetings[0], {2023, 9, 1}));
    }
}
