// netadmin check: every problem in the registry, one per line on stderr as
// FILE:LINE:COL: error: MESSAGE, warnings too (including what would make a
// reminder fail later), then one line counting them; warnings change the
// exit code only with --strict. With nothing to report: one line of figures
// on a terminal, and nothing otherwise, as cron wants; exit 0.
// With FILE arguments or --changed-only REF (a pre-commit hook, a merge
// request), the whole registry is still loaded, so references resolve, but
// only the problems placed in those files are reported and counted.
#include "command_line.hpp"
#include "commands.hpp"

#include "history/git.hpp"
#include "remind/mail_warnings.hpp"

#include <cstdio>
#include <filesystem>
#include <set>

namespace netadmin::cli {

using i18n::Msg;
namespace {

std::string canonical(const std::string& path) {
    std::error_code ec;
    auto resolved = std::filesystem::weakly_canonical(path, ec);
    return ec ? path : resolved.string();
}

struct Options {
    bool quiet = false;
    bool strict = false;
    std::vector<std::string> files;
    std::string changed_since;
};

// The files whose problems are reported, canonical; nullopt for all. A
// named file must be one of the registry's.
catalog::Result<std::optional<std::set<std::string>>> chosen_files(const Context& context, const Options& options) {
    if (options.files.empty() && options.changed_since.empty()) return std::optional<std::set<std::string>>();
    std::set<std::string> registry_files;
    for (const auto& file : context.registry().files) registry_files.insert(canonical(file));
    std::set<std::string> chosen;
    for (const auto& file : options.files) {
        const auto path = canonical(file);
        if (!registry_files.contains(path)) return catalog::Problem(Msg::err_check_not_registry_file, file);
        chosen.insert(path);
    }
    if (!options.changed_since.empty()) {
        const auto changed = history::changed_files(context.registry_dir, options.changed_since);
        if (!changed) return changed.problem();
        for (const auto& file : *changed) chosen.insert(canonical(file));
    }
    return std::optional(std::move(chosen));
}

}  // namespace

Runner define_check(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_flag("--no-warnings", options->quiet), Msg::help_check_no_warnings);
    help_from_catalogue(command.add_flag("--strict", options->strict), Msg::help_check_strict);
    help_from_catalogue(command.add_option("--changed-only", options->changed_since), Msg::help_check_changed_only)
        ->type_name("REF");
    complete_with(help_from_catalogue(command.add_option("files", options->files), Msg::help_check_files),
                  Completion::file());
    return [options](Context& context) {
        const auto chosen = chosen_files(context, *options);
        if (!chosen) {
            return chosen.problem().msg() == Msg::err_check_not_registry_file ? context.usage_error(chosen.problem())
                                                                              : context.fail(chosen.problem());
        }
        auto& diagnostics = context.loaded->diagnostics;
        remind::add_mail_warnings(context.registry(), diagnostics);
        diagnostics.sort();
        std::size_t warnings = 0;
        std::size_t errors = 0;
        std::size_t shown = 0;
        for (const auto& diagnostic : diagnostics.items()) {
            if (*chosen && !(*chosen)->contains(canonical(diagnostic.location().file))) continue;
            ++shown;
            if (!diagnostic.is_error()) {
                if (options->quiet) continue;
                ++warnings;
            } else {
                ++errors;
            }
            std::fprintf(stderr, "%s\n", load::render(diagnostic, context.language).c_str());
        }
        if (errors + warnings > 0) {
            auto summary = context.tr(Msg::check_errors, static_cast<std::int64_t>(errors));
            if (!options->quiet) summary += ", " + context.tr(Msg::check_warnings, static_cast<std::int64_t>(warnings));
            std::fprintf(stderr, "%s\n", summary.c_str());
        } else if (shown == 0 && context.stdout_is_terminal()) {
            const auto& registry = context.registry();
            context.print(context.tr(i18n::Msg::check_all_well, static_cast<std::int64_t>(registry.regions.size()),
                                     static_cast<std::int64_t>(registry.centres.size()),
                                     static_cast<std::int64_t>(registry.meetings.size())) +
                          "\n");
        }
        const bool any_warning = shown > errors;
        if (errors > 0 || (options->strict && any_warning)) return exit_code::data_error;
        return exit_code::ok;
    };
}

}  // namespace netadmin::cli
