// netadmin registrations import PROGRAMME-or-MEETING FILE.csv [--columns HEADER=COLUMN,…]
//     [--ignore-column NAME]… [--dry-run]
// netadmin registrations list PROGRAMME-or-MEETING [--format table|csv|json|markdown]
// netadmin register ID --email ADDRESS [--name NAME] [--centre ID | --workplace TEXT]
// netadmin unregister ID --email ADDRESS
// Registrations live in the state database (docs/privacy.md). An import is
// checked whole before anything is written, then written in one
// transaction; importing the same file again changes nothing. The export's
// columns netadmin has no use for are named in one warning and never read.
#include "command_line.hpp"
#include "commands.hpp"
#include "participants.hpp"

#include "csv/columns.hpp"
#include "people/registration_import.hpp"
#include "people/views.hpp"
#include "people/workplace.hpp"
#include "render/format.hpp"
#include "state/participants.hpp"
#include "state/state_file.hpp"
#include "util/email.hpp"

#include <array>
#include <tuple>

namespace netadmin::cli {
namespace {

struct Options {
    std::string target;
    std::string file;
    std::vector<std::string> ignored;
    std::string renamed;  // --columns
    bool dry_run = false;
    ListingOutput output;
};

void print_summary(const Context& context, const state::WriteSummary& summary) {
    context.print(context.tr(i18n::Msg::reg_import_summary, static_cast<std::int64_t>(summary.added),
                             static_cast<std::int64_t>(summary.updated), static_cast<std::int64_t>(summary.unchanged)) +
                  "\n");
    if (summary.kept_unregistered > 0) {
        context.print(
            context.tr(i18n::Msg::reg_kept_unregistered, static_cast<std::int64_t>(summary.kept_unregistered)) + "\n");
    }
}

// "Namn 'Bo' → 'Bo Ek', Anmäld '2023-08-10' → '2023-08-12'"
std::string changed_fields(const Context& context, const state::RegistrationChange& change) {
    const std::array<std::tuple<i18n::Msg, const std::string*, const std::string*>, 5> fields{{
        {i18n::Msg::col_name, &change.before.name, &change.row.name},
        {i18n::Msg::col_centre, &change.before.centre, &change.row.centre},
        {i18n::Msg::col_workplace, &change.before.workplace, &change.row.workplace},
        {i18n::Msg::col_municipality, &change.before.municipality, &change.row.municipality},
        {i18n::Msg::col_registered, &change.before.registered_on, &change.row.registered_on},
    }};
    std::string out;
    for (const auto& [label, before, after] : fields) {
        if (*before == *after) continue;
        out += (out.empty() ? "" : ", ") + std::string(i18n::runtime_text(context.language, label)) + " '" + *before +
               "' → '" + *after + "'";
    }
    return out;
}

// What the import would do, row by row, and the summary; nothing written.
int preview(Context& context, const std::vector<state::RegistrationRow>& rows) {
    auto db = open_state_for_reading(context);
    if (!db) return context.fail(db.problem());
    std::vector<state::RegistrationChange> changes;
    if (*db) {
        auto read = state::Participants(**db).preview_registrations(rows);
        if (!read) return context.fail(read.problem());
        changes = std::move(*read);
    } else {
        for (const auto& row : rows) changes.push_back({state::RowChange::added, row, {}});
    }
    state::WriteSummary summary;
    for (const auto& change : changes) {
        const auto who = change.row.name.empty() ? change.row.email : change.row.email + " (" + change.row.name + ")";
        switch (change.change) {
            case state::RowChange::added:
                ++summary.added;
                context.print("+ " + context.tr(i18n::Msg::reg_dry_added, who) + "\n");
                break;
            case state::RowChange::updated:
                ++summary.updated;
                context.print("~ " + context.tr(i18n::Msg::reg_dry_updated, who, changed_fields(context, change)) +
                              "\n");
                break;
            case state::RowChange::unchanged: ++summary.unchanged; break;
            case state::RowChange::kept_unregistered: ++summary.kept_unregistered; break;
        }
    }
    print_summary(context, summary);
    context.print(context.tr(i18n::Msg::reg_dry_run) + "\n");
    return exit_code::ok;
}

// The file's columns, with the unknown ones named in one warning; an exit
// code when they cannot be mapped.
std::optional<int> read_columns(Context& context, const Options& options, const csv::Table& table,
                                csv::Columns& columns) {
    const auto renamed = csv::parse_renames(options.renamed, people::registration_columns());
    if (!renamed) return context.usage_error(renamed.problem());
    const auto mapped =
        csv::map_columns(table, people::registration_columns(), csv::ColumnChoices{options.ignored, *renamed, true});
    if (!mapped) {
        print_located(csv::render(mapped.problem(), context.language));
        return exit_code::data_error;
    }
    for (const auto& warning : mapped->warnings) print_located(csv::render(warning, context.language));
    columns = mapped->columns;
    return std::nullopt;
}

int import(Context& context, const Options& options) {
    std::string target;
    if (auto problem = resolve_target(context, options.target, target)) return *problem;
    const auto read = csv::read_file(options.file, options.file);
    if (!read) {
        print_located(csv::render(read.problem(), context.language));
        return exit_code::data_error;
    }
    csv::Columns columns;
    if (auto problem = read_columns(context, options, *read, columns)) return *problem;
    const auto plan = people::plan_registrations(*read, columns, context.registry(), target, context.today);
    for (const auto& warning : plan.warnings) {
        print_located(csv::render(warning, context.language));
    }
    if (!plan.errors.empty()) {
        for (const auto& error : plan.errors) print_located(csv::render(error, context.language));
        context.error(context.tr(i18n::Msg::reg_nothing_imported, static_cast<std::int64_t>(plan.errors.size())));
        return exit_code::data_error;
    }
    context.print(options.file + ": " + csv::describe(*read, context.language) + "\n");
    if (options.dry_run) return preview(context, plan.rows);
    auto db = open_state_for_writing(context);
    if (!db) return context.fail(db.problem());
    const auto summary = state::Participants(**db).import_registrations(plan.rows, context.now);
    if (!summary) return context.fail(summary.problem());
    (*db)->checkpoint();
    print_summary(context, *summary);
    return exit_code::ok;
}

int list(Context& context, const Options& options) {
    std::string target;
    if (auto problem = resolve_target(context, options.target, target)) return *problem;
    auto db = state::StateDb::open_for_reading(context.state_file);
    if (!db) return context.fail(db.problem());
    std::vector<state::RegistrationRow> rows;
    if (*db) {
        auto read = state::Participants(**db).registrations(target);
        if (!read) return context.fail(read.problem());
        rows = std::move(*read);
    }
    return emit_listing(context, people::registrations_table(rows, context.registry()), options.output,
                        context.tr(i18n::Msg::empty_registrations));
}

}  // namespace

// The commands of the group "registrations" (cli/commands.cpp).
Runner define_registrations_import(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("ID", options->target), i18n::Msg::help_programme_or_meeting)->required();
    help_from_catalogue(command.add_option("FILE", options->file), i18n::Msg::help_csv_file)->required();
    help_from_catalogue(command.add_option("--columns", options->renamed), i18n::Msg::help_columns)
        ->type_name("HEADER=COLUMN,…");
    help_from_catalogue(command.add_option("--ignore-column", options->ignored), i18n::Msg::help_ignore_column)
        ->type_name("NAME");
    help_from_catalogue(command.add_flag("--dry-run,-n", options->dry_run), i18n::Msg::help_reg_dry_run);
    return [options](Context& context) { return import(context, *options); };
}

Runner define_registrations_list(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("ID", options->target), i18n::Msg::help_programme_or_meeting)->required();
    add_listing_options(command, options->output, render::formats_of(render::ViewKind::table));
    return [options](Context& context) { return list(context, *options); };
}

namespace {

struct SingleOptions {
    std::string target;
    std::string email;
    std::string name;
    std::string centre;
    std::string workplace;
};

int register_one(Context& context, const SingleOptions& options) {
    std::string target;
    if (auto problem = resolve_target(context, options.target, target)) return *problem;
    if (!util::is_valid_email(options.email)) {
        return context.usage_error(context.tr(i18n::Msg::err_reg_bad_email, options.email));
    }
    state::RegistrationRow row{target, options.email, options.name, {}, options.workplace, {}, {}, {}};
    row.registered_on = time::to_iso(context.today);
    const auto& wanted = options.centre.empty() ? options.workplace : options.centre;
    const auto match = people::match_workplace(context.registry(), wanted);
    if (!options.centre.empty() && match.centre == nullptr) {
        return context.usage_error(context.tr(i18n::Msg::err_no_such_id, options.centre));
    }
    if (!match.ambiguous.empty()) {
        std::string ids;
        for (const auto& id : match.ambiguous) ids += (ids.empty() ? "'" : ", '") + id + "'";
        return context.usage_error(context.tr(i18n::Msg::err_reg_ambiguous_workplace, wanted, ids));
    }
    if (match.centre != nullptr) {
        row.centre = match.centre->id;
        row.municipality = people::municipality_name(context.registry(), *match.centre);
    } else if (!options.workplace.empty()) {
        context.error(context.tr(i18n::Msg::warn_reg_unmatched_workplace, options.workplace));
    }
    auto db = open_state_for_writing(context);
    if (!db) return context.fail(db.problem());
    const auto summary = state::Participants(**db).register_one(row, context.now);
    if (!summary) return context.fail(summary.problem());
    print_summary(context, *summary);
    (*db)->checkpoint();
    return exit_code::ok;
}

int unregister(Context& context, const SingleOptions& options) {
    std::string target;
    if (auto problem = resolve_target(context, options.target, target)) return *problem;
    {
        const auto& path = context.state_file;
        bool done = false;
        const auto exists = state::state_file_exists(path);
        if (!exists) return context.fail(exists.problem());
        if (*exists) {
            auto db = state::StateDb::open_for_writing(path);
            if (!db) return context.fail(db.problem());
            const auto removed =
                state::Participants(**db).unregister(target, options.email, time::to_iso(context.today), context.now);
            if (!removed) return context.fail(removed.problem());
            done = *removed;
            (*db)->checkpoint();
        }
        if (!done) {
            context.error(context.tr(i18n::Msg::err_not_registered, options.email, target));
            return exit_code::data_error;
        }
        context.print(context.tr(i18n::Msg::reg_unregistered, options.email, target) + "\n");
        return exit_code::ok;
    }
}

}  // namespace

Runner define_register(CLI::App& command) {
    auto options = std::make_shared<SingleOptions>();
    help_from_catalogue(command.add_option("ID", options->target), i18n::Msg::help_programme_or_meeting)->required();
    help_from_catalogue(command.add_option("--email", options->email), i18n::Msg::help_person_email)
        ->required()
        ->type_name("ADDRESS");
    help_from_catalogue(command.add_option("--name", options->name), i18n::Msg::help_person_name)->type_name("NAME");
    auto* centre = help_from_catalogue(command.add_option("--centre", options->centre), i18n::Msg::help_register_centre)
                       ->type_name("ID");
    help_from_catalogue(command.add_option("--workplace", options->workplace), i18n::Msg::help_register_workplace)
        ->type_name("TEXT")
        ->excludes(centre);
    return [options](Context& context) { return register_one(context, *options); };
}

Runner define_unregister(CLI::App& command) {
    auto options = std::make_shared<SingleOptions>();
    help_from_catalogue(command.add_option("ID", options->target), i18n::Msg::help_programme_or_meeting)->required();
    help_from_catalogue(command.add_option("--email", options->email), i18n::Msg::help_person_email)
        ->required()
        ->type_name("ADDRESS");
    return [options](Context& context) { return unregister(context, *options); };
}

}  // namespace netadmin::cli
