// The one table of netadmin's subcommands, in the order --help lists them.
#include "commands.hpp"

#include "command_line.hpp"

#include "render/format.hpp"

namespace netadmin::cli {

Runner define_check(CLI::App& command);
Runner define_list_regions(CLI::App& command);
Runner define_list_centres(CLI::App& command);
Runner define_list_contacts(CLI::App& command);
Runner define_list_meetings(CLI::App& command);
Runner define_list_programmes(CLI::App& command);
Runner define_list_networks(CLI::App& command);
Runner define_list_organisations(CLI::App& command);
Runner define_list_venues(CLI::App& command);
Runner define_list_sources(CLI::App& command);
Runner define_show(CLI::App& command);

// calendar commands
Runner define_agenda(CLI::App& command);
Runner define_export(CLI::App& command);

// report commands
Runner define_report(CLI::App& command);

// reminder commands
Runner define_remind(CLI::App& command);
Runner define_reminders(CLI::App& command);

// participant commands
Runner define_registrations(CLI::App& command);
Runner define_register(CLI::App& command);
Runner define_unregister(CLI::App& command);
Runner define_attendance(CLI::App& command);

// for the shell completions
Runner define_complete_ids(CLI::App& command);

namespace {

const CommandDef kCommands[] = {
    {"check", "Check the registry and report every problem with its location", Needs::registry_as_is, define_check},
    {"list-regions", "List the regions", Needs::registry, define_list_regions},
    {"list-centres", "List family centres and similar operations", Needs::registry, define_list_centres},
    {"list-contacts", "List contact people", Needs::registry, define_list_contacts},
    {"list-meetings", "List meetings, sessions and conferences", Needs::registry, define_list_meetings},
    {"list-programmes", "List programmes: trainings, dialogues, supervision", Needs::registry, define_list_programmes},
    {"list-networks", "List the regional networks", Needs::registry, define_list_networks},
    {"list-organisations", "List organisations: regions, municipalities, units, companies", Needs::registry,
     define_list_organisations},
    {"list-venues", "List the venues of meetings and programmes", Needs::registry, define_list_venues},
    {"list-sources", "List the sources the registry's facts come from", Needs::registry, define_list_sources},
    {"show", "Show one entity by id or name: all its fields and what refers to it", Needs::registry, define_show},

    // calendar commands
    {"agenda", "Upcoming meetings, sessions and registration deadlines", Needs::registry, define_agenda},
    {"export", "Export the registry in other formats: export ics", Needs::registry, define_export},

    // report commands
    {"report", "Reports for people and scripts: region, programme, coverage, site", Needs::registry, define_report},

    // reminder commands
    {"remind", "Show the reminders due today, or send them with --send", Needs::registry_partial, define_remind},
    {"reminders", "The reminder delivery log: reminders log", Needs::nothing, define_reminders},

    // participant commands
    {"registrations", "Registrations for programmes and meetings: registrations import, registrations list",
     Needs::registry, define_registrations},
    {"register", "Register one person for a programme or meeting", Needs::registry, define_register},
    {"unregister", "Take back one person's registration", Needs::registry, define_unregister},
    {"attendance", "Who was present at a meeting: attendance record", Needs::registry, define_attendance},

    // without a description: not in --help, the man page or the suggestions
    {"complete-ids", "", Needs::registry, define_complete_ids},

};

}  // namespace

std::span<const CommandDef> commands() { return kCommands; }

CLI::Option* add_format_option(CLI::App& command, std::string& format, std::initializer_list<std::string> choices) {
    format = *choices.begin();
    std::string names;
    for (const auto& choice : choices) names += (names.empty() ? "" : "|") + choice;
    auto* option =
        command.add_option("--format", format, "Output format: " + names)->type_name("FORMAT")->capture_default_str();
    set_choices(*option, choices);
    return option;
}

CLI::Option* add_output_option(CLI::App& command, std::string& path) {
    return command.add_option("--output,-o", path, "Write to FILE (atomically) instead of standard output")
        ->type_name("FILE");
}

void add_listing_options(CLI::App& command, ListingOutput& output, std::initializer_list<std::string> formats) {
    add_format_option(command, output.format, formats);
    add_output_option(command, output.path);
}

int emit_listing(const Context& context, const report::Table& table, const ListingOutput& output,
                 const std::string& empty) {
    const auto format = *render::parse_format(output.format);
    const bool to_stdout = output.path.empty() || output.path == "-";
    if (table.rows.empty() && format == render::Format::table && to_stdout && context.stdout_is_terminal()) {
        return context.emit(empty + "\n", "");
    }
    return context.emit(render::render_table(table, format, context.language, {to_stdout && context.colour()}),
                        output.path);
}

}  // namespace netadmin::cli
