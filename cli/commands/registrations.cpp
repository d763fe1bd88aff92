// netadmin registrations import PROGRAMME-or-MEETING FILE.csv [--ignore-column NAME]
// netadmin registrations list PROGRAMME-or-MEETING [--format table|csv|json|markdown]
// netadmin register ID --email ADDRESS [--name NAME] [--centre ID | --workplace TEXT]
// netadmin unregister ID --email ADDRESS
// Registrations live in the state database (docs/privacy.md). An import is
// checked whole before anything is written, then written in one
// transaction; importing the same file again changes nothing.
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

namespace netadmin::cli {
namespace {

struct Options {
    std::string target;
    std::string file;
    std::vector<std::string> ignored;
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

int import(Context& context, const Options& options) {
    std::string target;
    if (auto problem = resolve_target(context, options.target, target)) return *problem;
    const auto read = csv::read_file(options.file, options.file);
    if (!read) {
        print_located(csv::render(read.problem(), context.language));
        return exit_code::data_error;
    }
    const auto columns = csv::map_columns(*read, people::registration_columns(), options.ignored);
    if (!columns) {
        print_located(csv::render(columns.problem(), context.language));
        return exit_code::data_error;
    }
    const auto plan = people::plan_registrations(*read, *columns, context.registry(), target, context.today);
    for (const auto& warning : plan.warnings) {
        print_located(csv::render(warning, context.language));
    }
    if (!plan.errors.empty()) {
        for (const auto& error : plan.errors) print_located(csv::render(error, context.language));
        context.error(context.tr(i18n::Msg::reg_nothing_imported, static_cast<std::int64_t>(plan.errors.size())));
        return exit_code::data_error;
    }
    auto db = open_state_for_writing(context);
    if (!db) return context.fail(db.problem());
    const auto summary = state::Participants(**db).import_registrations(plan.rows, context.now);
    if (!summary) return context.fail(summary.problem());
    (*db)->checkpoint();
    context.print(options.file + ": " + csv::describe(*read, context.language) + "\n");
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
    help_from_catalogue(command.add_option("--ignore-column", options->ignored), i18n::Msg::help_ignore_column)
        ->type_name("NAME");
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
