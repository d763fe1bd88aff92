// The participants' part of the programme report (report/programme_progress.hpp):
// a section for text, markdown and HTML, and an object for JSON. Written only
// when participants are recorded, so a report without them is unchanged.
#pragma once

#include "render/document.hpp"
#include "render/json_writer.hpp"
#include "render/report_layout.hpp"
#include "report/programme_progress.hpp"

namespace netadmin::render {

void add_progress(Document& document, const LayoutOptions& options, const report::ProgrammeProgress& progress);

// "participants": {...} inside the programme object.
void progress_json(JsonWriter& out, const report::ProgrammeProgress& progress);

}  // namespace netadmin::render
