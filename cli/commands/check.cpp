// netadmin check: every problem in the registry, one per line on stderr as
// FILE:LINE:COL: error: MESSAGE, warnings too (including what would make a
// reminder fail later), then one line counting them; warnings change the
// exit code only with --strict. With nothing to report: one line of figures
// on a terminal, and nothing otherwise, as cron wants; exit 0.
#include "command_line.hpp"
#include "commands.hpp"

#include "remind/mail_warnings.hpp"

#include <cstdio>

namespace netadmin::cli {

using i18n::Msg;
namespace {

std::string count_words(const Context& context, std::size_t n, i18n::Msg one, i18n::Msg many) {
    const i18n::MsgArg count[] = {static_cast<std::int64_t>(n)};
    return i18n::runtime_format(context.language, n == 1 ? one : many, count);
}

}  // namespace

Runner define_check(CLI::App& command) {
    auto quiet = std::make_shared<bool>(false);
    auto strict = std::make_shared<bool>(false);
    help_from_catalogue(command.add_flag("--no-warnings", *quiet), Msg::help_check_no_warnings);
    help_from_catalogue(command.add_flag("--strict", *strict), Msg::help_check_strict);
    return [quiet, strict](Context& context) {
        auto& diagnostics = context.loaded->diagnostics;
        remind::add_mail_warnings(context.registry(), diagnostics);
        diagnostics.sort();
        std::size_t warnings = 0;
        for (const auto& diagnostic : diagnostics.items()) {
            if (!diagnostic.is_error()) {
                if (*quiet) continue;
                ++warnings;
            }
            std::fprintf(stderr, "%s\n", load::render(diagnostic, context.language).c_str());
        }
        const auto errors = diagnostics.error_count();
        if (errors + warnings > 0) {
            using i18n::Msg;
            auto summary = count_words(context, errors, Msg::check_errors_one, Msg::check_errors_many);
            if (!*quiet)
                summary += ", " + count_words(context, warnings, Msg::check_warnings_one, Msg::check_warnings_many);
            std::fprintf(stderr, "%s\n", summary.c_str());
        } else if (diagnostics.items().empty() && context.stdout_is_terminal()) {
            const auto& registry = context.registry();
            context.print(context.tr(i18n::Msg::check_all_well, static_cast<std::int64_t>(registry.regions.size()),
                                     static_cast<std::int64_t>(registry.centres.size()),
                                     static_cast<std::int64_t>(registry.meetings.size())) +
                          "\n");
        }
        const bool any_warning = diagnostics.items().size() > errors;
        if (errors > 0 || (*strict && any_warning)) return exit_code::data_error;
        return exit_code::ok;
    };
}

}  // namespace netadmin::cli
