// The one table of netadmin's subcommands, in the order --help lists them.
#include "commands.hpp"

namespace netadmin::cli {

Runner define_check(CLI::App& command);
Runner define_list_regions(CLI::App& command);
Runner define_list_centres(CLI::App& command);
Runner define_list_contacts(CLI::App& command);
Runner define_list_meetings(CLI::App& command);
Runner define_show(CLI::App& command);

// calendar commands
Runner define_agenda(CLI::App& command);
Runner define_export(CLI::App& command);

// report commands
Runner define_report(CLI::App& command);

// reminder commands
Runner define_remind(CLI::App& command);
Runner define_reminders(CLI::App& command);

namespace {

const CommandDef kCommands[] = {
    {"check", "Check the registry and report every problem with its location", Needs::registry_as_is, define_check},
    {"list-regions", "List the regions", Needs::registry, define_list_regions},
    {"list-centres", "List family centres and similar operations", Needs::registry, define_list_centres},
    {"list-contacts", "List contact people", Needs::registry, define_list_contacts},
    {"list-meetings", "List meetings, sessions and conferences", Needs::registry, define_list_meetings},
    {"show", "Show one entity by id: all its fields and what refers to it", Needs::registry, define_show},

    // calendar commands
    {"agenda", "Upcoming meetings, sessions and registration deadlines", Needs::registry, define_agenda},
    {"export", "Export the registry in other formats: export ics", Needs::registry, define_export},

    // report commands
    {"report", "Reports for people and scripts: region, programme, coverage, site", Needs::registry, define_report},

    // reminder commands
    {"remind", "Show the reminders due today, or send them with --send", Needs::registry_partial, define_remind},
    {"reminders", "The reminder delivery log: reminders log", Needs::nothing, define_reminders},

};

}  // namespace

std::span<const CommandDef> commands() { return kCommands; }

CLI::Option* add_format_option(CLI::App& command, std::string& format, std::initializer_list<std::string> choices) {
    format = *choices.begin();
    std::string names;
    for (const auto& choice : choices) names += (names.empty() ? "" : "|") + choice;
    return command.add_option("--format", format, "Output format: " + names)
        ->transform(CLI::IsMember(std::vector<std::string>(choices), CLI::ignore_case))
        ->capture_default_str();
}

}  // namespace netadmin::cli
