// The national picture of the coverage report (render/layout_national.cpp).
#pragma once

#include "render/report_layout.hpp"

namespace netadmin::render {

// `report coverage --gaps`: the regions where the sources count more than
// the registry lists, each with its count, source and date.
Document gaps_document(const report::CoverageView& view, const LayoutOptions& options);
void add_national_picture(Document& document, const LayoutOptions& options, const report::CoverageView& view);

}  // namespace netadmin::render
