// netadmin check: every problem in the registry, one per line on stderr as
// FILE:LINE:COL: error: MESSAGE, warnings too. When clean: one line of
// figures on a terminal, and nothing otherwise, as cron wants; exit 0.
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
        const auto& registry = context.registry();
        if (context.loaded->diagnostics.items().empty() && context.stdout_is_terminal()) {
            context.print(context.tr(i18n::Msg::check_all_well, {static_cast<std::int64_t>(registry.regions.size()),
                                                                 static_cast<std::int64_t>(registry.centres.size()),
                                                                 static_cast<std::int64_t>(registry.meetings.size())}) +
                          "\n");
        }
        return context.loaded->diagnostics.has_errors() ? exit_code::data_error : exit_code::ok;
    };
}

}  // namespace netadmin::cli
