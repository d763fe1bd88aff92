// Renders one entity as shown by `netadmin show`.
#pragma once

#include "render/format.hpp"
#include "report/show.hpp"

namespace netadmin::render {

// `format` must be one of formats_of(ViewKind::record).
catalog::Result<std::string> render_record(const report::Record& record, Format format, i18n::Language language);

}  // namespace netadmin::render
