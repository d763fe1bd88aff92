// netadmin check: every problem in the registry, one per line on stderr as
// FILE:LINE:COL: error: MESSAGE, warnings too. Silent and exit 0 when clean.
#include "commands.hpp"

#include <cstdio>

namespace netadmin::cli {

Runner define_check(CLI::App& command) {
    auto quiet = std::make_shared<bool>(false);
    command.add_flag("--no-warnings", *quiet, "Report errors only");
    return [quiet](Context& context) {
        for (const auto& diagnostic : context.loaded->diagnostics.items()) {
            if (*quiet && diagnostic.severity == load::Severity::warning) continue;
            std::fprintf(stderr, "%s\n", load::render(diagnostic, context.language).c_str());
        }
        return context.loaded->diagnostics.has_errors() ? exit_code::data_error : exit_code::ok;
    };
}

}  // namespace netadmin::cli
