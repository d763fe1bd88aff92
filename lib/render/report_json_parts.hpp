// JSON of the parts shared by the reports (internal to render/): the same
// person, meeting or count has the same shape in every report.
#pragma once

#include "render/json_writer.hpp"
#include "report/region_report.hpp"

namespace netadmin::render::json {

void count(JsonWriter& out, std::string_view key, const std::optional<model::Count>& value);
void date(JsonWriter& out, std::string_view key, const std::optional<time::FuzzyDate>& value);
void clock(JsonWriter& out, std::string_view key, const std::optional<time::TimeOfDay>& value);
void person(JsonWriter& out, const report::PersonPart& person, std::string_view key = {});
void people(JsonWriter& out, std::string_view key, const std::vector<report::PersonPart>& people);
void resources(JsonWriter& out, std::string_view key, const std::vector<report::ResourcePart>& resources);
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
