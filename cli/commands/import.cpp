// netadmin import centres|people FILE.csv [--region ID] [--ignore-column NAME]… [--skip-bad] [--dry-run]
// A spreadsheet into the registry: the rows planned and checked cell by
// cell (import/import.hpp), then applied as one edit, validated once and
// written as add and set write (edit_run.hpp). A rejected row means
// nothing is written, unless --skip-bad; the exit code is 1 either way.
#include "command_line.hpp"
#include "commands.hpp"
#include "edit_run.hpp"
#include "filters.hpp"
#include "participants.hpp"

#include "csv/columns.hpp"
#include "csv/csv_reader.hpp"
#include "import/import.hpp"

#include <cstdio>

namespace netadmin::cli {
namespace {

using i18n::Msg;

struct Options {
    std::string file;
    std::string region;
    std::vector<std::string> ignored;
    bool skip_bad = false;
    bool dry_run = false;
};

std::string summary_of(const Context& context, const imports::Plan& plan) {
    return context.tr(Msg::import_summary, static_cast<std::int64_t>(plan.added),
                      static_cast<std::int64_t>(plan.updated), static_cast<std::int64_t>(plan.unchanged),
                      static_cast<std::int64_t>(plan.rejected));
}

int run_import(const Context& context, model::EntityKind kind, const Options& options) {
    const auto table = csv::read_file(options.file, options.file);
    if (!table) {
        print_located(csv::render(table.problem(), context.language));
        return exit_code::data_error;
    }
    const auto columns = csv::map_columns(*table, imports::kind_columns(kind), options.ignored);
    if (!columns) {
        print_located(csv::render(columns.problem(), context.language));
        return exit_code::data_error;
    }
    const auto session = open_edit(context, options.dry_run);
    if (!session) return exit_code::data_error;
    const auto& editor = *session->editor;
    std::string region;
    if (!options.region.empty()) {
        auto found = resolve_region(editor.before().registry, options.region);
        if (!found) return context.usage_error(found.problem());
        region = std::move(*found);
    }
    print_located(options.file + ": " + csv::describe(*table, context.language));
    auto plan = imports::plan_import(editor.before().registry, editor.files(), kind, *table, *columns, region);
    auto outcome = editor.apply(plan.batch);
    if (outcome.invalid && outcome.attempted) {
        // Problems only the whole registry shows, placed at their rows when
        // they are about a new entity; with --skip-bad those rows go too.
        auto rest = imports::place_problems(plan, *table, *columns, *outcome.attempted, outcome.problems);
        if (rest.items().empty()) {
            outcome = editor.apply(plan.batch);
        } else {
            outcome.problems = std::move(rest);
        }
    }
    for (const auto& error : plan.errors) print_located(csv::render(error, context.language));
    const int status = plan.rejected > 0 ? exit_code::data_error : exit_code::ok;
    if (plan.rejected > 0 && !options.skip_bad && !options.dry_run) {
        context.print(summary_of(context, plan) + "\n");
        context.error(context.tr(Msg::import_nothing_written, static_cast<std::int64_t>(plan.rejected)));
        return status;
    }
    if (plan.batch.updates.empty() && plan.batch.additions.empty()) {
        context.print(summary_of(context, plan) + "\n");
        return status;
    }
    const auto written = finish_edit(
        context, *session, outcome, options.dry_run,
        [&](const edit::Edited&, const std::string&) { return summary_of(context, plan); }, true);
    if (written != exit_code::ok) return written;
    if (plan.rejected > 0 && !options.dry_run) {
        context.error(context.tr(Msg::import_rows_skipped, static_cast<std::int64_t>(plan.rejected)));
    }
    return status;
}

Runner define_import(CLI::App& command, model::EntityKind kind) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("FILE", options->file), Msg::help_csv_file)->required();
    complete_with(help_from_catalogue(command.add_option("--region", options->region), Msg::help_import_region),
                  Completion::ids(model::EntityKind::region))
        ->type_name("REGION");
    help_from_catalogue(command.add_option("--ignore-column", options->ignored), Msg::help_ignore_column)
        ->type_name("NAME");
    help_from_catalogue(command.add_flag("--skip-bad", options->skip_bad), Msg::help_import_skip_bad);
    help_from_catalogue(command.add_flag("--dry-run,-n", options->dry_run), Msg::help_dry_run);
    return [options, kind](Context& context) { return run_import(context, kind, *options); };
}

}  // namespace

// The commands of the group "import" (cli/commands.cpp).
Runner define_import_centres(CLI::App& command) { return define_import(command, model::EntityKind::centre); }
Runner define_import_people(CLI::App& command) { return define_import(command, model::EntityKind::person); }

}  // namespace netadmin::cli
