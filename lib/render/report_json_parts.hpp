// JSON of the parts shared by the reports (internal to render/): the same
// person, meeting or count has the same shape in every report.
#pragma once

#include "render/json_writer.hpp"
#include "report/region_report.hpp"

#include <functional>
#include <string_view>

namespace netadmin::render::json {

void count(JsonWriter& out, std::string_view key, const std::optional<model::Count>& value);
void date(JsonWriter& out, std::string_view key, const std::optional<time::FuzzyDate>& value);
void clock(JsonWriter& out, std::string_view key, const std::optional<time::TimeOfDay>& value);
void person(JsonWriter& out, const report::PersonPart& person, std::string_view key = {});
void people(JsonWriter& out, std::string_view key, const std::vector<report::PersonPart>& people);
void resources(JsonWriter& out, std::string_view key, const std::vector<report::ResourcePart>& resources);
// An entity's own fields, in the order of its field table (model/entities.hpp),
// each in its data form; nested tables as objects. `instead(key)` writes a
// field the part shows otherwise (a reference by name) and says so; `after(key)`
// writes what the part derives, right after that field. Instantiated for the
// kinds whose parts the reports hold: centres and meetings.
template <typename E>
void entity_fields(JsonWriter& out, const E& item, const std::function<bool(std::string_view)>& instead,
                   const std::function<void(std::string_view)>& after);
// A centre of the region report: its id, its fields, what is derived.
void centre(JsonWriter& out, const report::CentrePart& centre);
void meeting(JsonWriter& out, const report::MeetingPart& meeting);
// "inferred" and "inference_note" of an entity.
void inference(JsonWriter& out, const report::InferencePart& inference);
// "as_of" and the "sources" array of a report.
void sources(JsonWriter& out, const std::vector<report::SourcePart>& sources,
             const std::optional<time::FuzzyDate>& as_of);
void meetings(JsonWriter& out, std::string_view key, const std::vector<report::MeetingPart>& meetings);
// The fields of a programme, written into an object the caller has opened.
void programme_fields(JsonWriter& out, const report::ProgrammePart& programme);

}  // namespace netadmin::render::json
