// JSON of the parts shared by the reports: people, meetings, resources,
// counts and dates (render/report_json_parts.hpp).
#include "render/report_json_parts.hpp"

#include "model/vocabulary.hpp"

namespace netadmin::render::json {

void count(JsonWriter& out, std::string_view key, const std::optional<model::Count>& value) {
    if (!value) {
        out.null(key);
        return;
    }
    static constexpr std::string_view approx[] = {"exact", "about", "nearly", "over"};
    out.begin_object(key)
        .number("value", value->value)
        .string("approx", approx[static_cast<int>(value->approx)])
        .end_object();
}

void date(JsonWriter& out, std::string_view key, const std::optional<time::FuzzyDate>& value) {
    if (value)
        out.string(key, time::to_data_string(*value));
    else
        out.null(key);
}

void clock(JsonWriter& out, std::string_view key, const std::optional<time::TimeOfDay>& value) {
    if (value)
        out.string(key, time::to_data_string(*value));
    else
        out.null(key);
}

void person(JsonWriter& out, const report::PersonPart& person, std::string_view key) {
    out.begin_object(key)
        .string("id", person.id)
        .string_or_null("name", person.has_name ? person.name : "")
        .string_or_null("role", person.role)
        .string_or_null("organisation", person.organisation)
        .string_or_null("email", person.email)
        .string_or_null("phone", person.phone);
    inference(out, person.inference);
    out.end_object();
}

void people(JsonWriter& out, std::string_view key, const std::vector<report::PersonPart>& people) {
    out.begin_array(key);
    for (const auto& p : people) person(out, p);
    out.end_array();
}

void resources(JsonWriter& out, std::string_view key, const std::vector<report::ResourcePart>& resources) {
    out.begin_array(key);
    for (const auto& resource : resources) {
        out.begin_object()
            .string("id", resource.id)
            .string("kind", model::data_name(resource.kind))
            .string("title", resource.title)
            .string_or_null("description", resource.description)
            .string_or_null("url", resource.url)
            .string_or_null("path", resource.path)
            .string_or_null("format", resource.format)
            .string_or_null("author", resource.author)
            .string_or_null("meeting", resource.meeting)
            .end_object();
    }
    out.end_array();
}

void inference(JsonWriter& out, const report::InferencePart& inference) {
    out.strings("inferred", inference.keys).string_or_null("inference_note", inference.note);
}

void sources(JsonWriter& out, const std::vector<report::SourcePart>& sources,
             const std::optional<time::FuzzyDate>& as_of) {
    date(out, "as_of", as_of);
    out.begin_array("sources");
    for (const auto& source : sources) {
        out.begin_object()
            .string("id", source.id)
            .string("title", source.title)
            .string_or_null("publisher", source.publisher)
            .string_or_null("url", source.url);
        date(out, "published", source.published);
        date(out, "accessed", source.accessed);
        out.strings("inferred", source.inferred).string_or_null("inference_note", source.inference_note);
        out.end_object();
    }
    out.end_array();
}

void meeting(JsonWriter& out, const report::MeetingPart& meeting) {
    out.begin_object()
        .string("id", meeting.id)
        .string("kind", model::data_name(meeting.kind))
        .string("title", meeting.title);
    out.number_or_null("session", meeting.session ? std::optional<std::int64_t>(*meeting.session) : std::nullopt);
    date(out, "date", meeting.date);
    clock(out, "start", meeting.start);
    clock(out, "end", meeting.end);
    // What the registry records, and what follows from the date: a past
    // meeting is "held" only when recorded so.
    out.string("status", model::data_name(meeting.status))
        .boolean("date_passed", meeting.date_passed)
        .boolean("next", meeting.next);
    date(out, "moved_from", meeting.moved_from);
    out.string_or_null("place", meeting.place).string_or_null("theme", meeting.theme).begin_array("themes");
    for (std::size_t i = 0; i < meeting.themes.size() && i < meeting.theme_ids.size(); ++i) {
        out.begin_object().string("id", meeting.theme_ids[i]).string("name", meeting.themes[i]).end_object();
    }
    out.end_array();
    out.string_or_null("summary", meeting.summary).begin_array("speakers");
    for (const auto& speaker : meeting.speakers) {
        out.begin_object();
        person(out, speaker.person, "person");
        out.string_or_null("topic", speaker.topic).end_object();
    }
    out.end_array();
    count(out, "participants", meeting.participants);
    out.strings("participant_organisations", meeting.participant_organisations)
        .string_or_null("invited", meeting.invited)
        .string_or_null("outcome", meeting.outcome);
    resources(out, "resources", meeting.resources);
    inference(out, meeting.inference);
    out.end_object();
}

void meetings(JsonWriter& out, std::string_view key, const std::vector<report::MeetingPart>& meetings) {
    out.begin_array(key);
    for (const auto& m : meetings) meeting(out, m);
    out.end_array();
}

void programme_fields(JsonWriter& out, const report::ProgrammePart& programme) {
    out.string("id", programme.id)
        .string("name", programme.name)
        .string_or_null("short_name", programme.short_name)
        .string_or_null("kind", programme.kind)
        .string_or_null("summary", programme.summary)
        .string_or_null("purpose", programme.purpose);
    date(out, "starts", programme.starts);
    date(out, "ends", programme.ends);
    count(out, "parts", programme.parts);
    people(out, "leaders", programme.leaders);
    out.strings("organisers", programme.organisers)
        .strings("funders", programme.funders)
        .strings("developed_by", programme.developed_by)
        .strings("participants", programme.participants);
    inference(out, programme.inference);
    meetings(out, "sessions", programme.sessions);
}

}  // namespace netadmin::render::json
