// Helpers shared by the report subcommands (cli/commands/report*.cpp).
#pragma once

#include "context.hpp"

#include "render/format.hpp"
#include "render/report_layout.hpp"

#include <optional>
#include <string>

namespace netadmin::cli {

// The format named on the command line; prints a usage error when unknown.
std::optional<render::Format> report_format(const Context& context, const std::string& name);
// Layout options for one report on its own (no site navigation).
render::LayoutOptions single_page(const Context& context);
// Writes the report to --output (atomically) or stdout; a usage error when
// the report has no such format.
int emit_rendered(const Context& context, const std::optional<std::string>& content, const std::string& format,
                  const std::string& output);

}  // namespace netadmin::cli
