// JSON of the parts shared by the reports: people, centres, meetings,
// resources, counts and dates (render/report_json_parts.hpp). A centre's and
// a meeting's own fields come from their field tables (entity_fields).
#include "render/report_json_parts.hpp"

#include "model/field_access.hpp"
#include "model/vocabulary.hpp"

namespace netadmin::render::json {
namespace {

// One field's value, by the type of the member that holds it: the data
// form of model/field_access.hpp (ISO dates, data words, ids), with null
// for a value that is not set and arrays for lists.
void value(JsonWriter& out, std::string_view key, const std::string& v) { out.string_or_null(key, v); }
void value(JsonWriter& out, std::string_view key, const std::vector<std::string>& v) { out.strings(key, v); }
void value(JsonWriter& out, std::string_view key, const std::optional<std::vector<std::string>>& v) {
    if (v)
        out.strings(key, *v);
    else
        out.null(key);
}
void value(JsonWriter& out, std::string_view key, const std::optional<time::FuzzyDate>& v) { date(out, key, v); }
void value(JsonWriter& out, std::string_view key, const std::optional<time::TimeOfDay>& v) { clock(out, key, v); }
void value(JsonWriter& out, std::string_view key, const std::optional<model::Count>& v) { count(out, key, v); }
void value(JsonWriter& out, std::string_view key, const std::optional<int>& v) {
    out.number_or_null(key, v ? std::optional<std::int64_t>(*v) : std::nullopt);
}
void value(JsonWriter& out, std::string_view key, bool v) { out.boolean(key, v); }
void value(JsonWriter& out, std::string_view key, const std::optional<std::vector<int>>& v) {
    if (!v) {
        out.null(key);
        return;
    }
    out.begin_array(key);
    for (const int day : *v) out.number({}, day);
    out.end_array();
}
void value(JsonWriter& out, std::string_view key, const std::optional<model::CentreKind>& v) {
    if (v)
        out.string(key, model::data_name(*v));
    else
        out.null(key);
}
template <typename Word>
requires std::is_enum_v<Word>
void value(JsonWriter& out, std::string_view key, Word v) { out.string(key, model::data_name(v)); }
void value(JsonWriter& out, std::string_view key, model::Operations v) {
    std::vector<std::string> words;
    for (const auto op : model::operation_list(v)) words.emplace_back(model::data_name(op));
    out.strings(key, words);
}

template <typename E>
void table_fields(JsonWriter& out, const E& item);

// A nested table is an object (null when it is not there), a list of them an array.
template <typename T>
requires model::kIsTable<T>
void value(JsonWriter& out, std::string_view key, const T& v) {
    using Table = typename model::NestedTable<T>::type;
    if constexpr (std::is_same_v<T, std::vector<Table>>) {
        out.begin_array(key);
        for (const auto& item : v) {
            out.begin_object();
            table_fields(out, item);
            out.end_object();
        }
        out.end_array();
    } else if constexpr (std::is_same_v<T, std::optional<Table>>) {
        if (!v) {
            out.null(key);
            return;
        }
        out.begin_object(key);
        table_fields(out, *v);
        out.end_object();
    } else {
        out.begin_object(key);
        table_fields(out, v);
        out.end_object();
    }
}

template <typename E>
void table_fields(JsonWriter& out, const E& item) {
    entity_fields(
        out, item, [](std::string_view) { return false; }, [](std::string_view) {});
}

}  // namespace

template <typename E>
void entity_fields(JsonWriter& out, const E& item, const std::function<bool(std::string_view)>& instead,
                   const std::function<void(std::string_view)>& after) {
    for (const auto& field : model::fields_of<E>()) {
        if (!instead(field.key)) std::visit([&](auto member) { value(out, field.key, item.*member); }, field.member);
        after(field.key);
    }
}
template void entity_fields(JsonWriter&, const model::Centre&, const std::function<bool(std::string_view)>&,
                            const std::function<void(std::string_view)>&);
template void entity_fields(JsonWriter&, const model::Meeting&, const std::function<bool(std::string_view)>&,
                            const std::function<void(std::string_view)>&);

void centre(JsonWriter& out, const report::CentrePart& centre) {
    out.begin_object().string("id", centre.entity->id);
    entity_fields(
        out, *centre.entity,
        [&](std::string_view key) {
            if (key != "municipality") return false;
            out.string_or_null("municipality", centre.municipality);  // by name
            return true;
        },
        [&](std::string_view key) {
            if (key == "municipality") out.string_or_null("municipality_code", centre.municipality_code);
        });
    inference(out, centre.inference);
    out.end_object();
}

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
    out.begin_object().string("id", meeting.entity->id);
    entity_fields(
        out, *meeting.entity,
        [&](std::string_view key) {
            // References shown by name, and the place in words (its venue or town).
            if (key == "place") {
                out.string_or_null("place", meeting.place);
            } else if (key == "municipality") {
                out.string_or_null("municipality", meeting.municipality);
            } else if (key == "themes") {
                out.begin_array("themes");
                const auto& ids = meeting.entity->themes;
                for (std::size_t i = 0; i < meeting.themes.size() && i < ids.size(); ++i)
                    out.begin_object().string("id", ids[i]).string("name", meeting.themes[i]).end_object();
                out.end_array();
            } else if (key == "speakers") {
                out.begin_array("speakers");
                for (const auto& speaker : meeting.speakers) {
                    out.begin_object();
                    person(out, speaker.person, "person");
                    out.string_or_null("topic", speaker.topic).end_object();
                }
                out.end_array();
            } else if (key == "participant_organisations") {
                out.strings("participant_organisations", meeting.participant_organisations);
            } else {
                return false;
            }
            return true;
        },
        [&](std::string_view key) {
            // What the registry records, and what follows from the date: a
            // past meeting is "held" only when recorded so.
            if (key == "status") out.boolean("date_passed", meeting.date_passed).boolean("next", meeting.next);
        });
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
