// The one table of netadmin's subcommands, in the order --help lists them.
#include "commands.hpp"

#include "command_line.hpp"

namespace netadmin::cli {

Runner define_check(CLI::App& command);
Runner define_init(CLI::App& command);
Runner define_add(CLI::App& command);
Runner define_set(CLI::App& command);
Runner define_remove(CLI::App& command);
Runner define_rename(CLI::App& command);
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
Runner define_export_ics(CLI::App& command);
Runner define_export_sqlite(CLI::App& command);

// report commands
Runner define_report_region(CLI::App& command);
Runner define_report_programme(CLI::App& command);
Runner define_report_coverage(CLI::App& command);
Runner define_report_site(CLI::App& command);

// reminder commands
Runner define_remind(CLI::App& command);
Runner define_reminders_log(CLI::App& command);
Runner define_reminders_ack(CLI::App& command);

// for the shell completions
Runner define_complete_ids(CLI::App& command);

namespace {

constexpr Needs kRegistry{Registry::valid, State::none};
constexpr Needs kRegistryAsIs{Registry::as_is, State::none};
constexpr Needs kRegistryAndState{Registry::partial, State::database};
constexpr Needs kState{Registry::none, State::database};
constexpr Needs kNothing{Registry::none, State::none};

constexpr CommandDef command(std::string_view name, std::string_view description, Needs needs,
                             Runner (*define)(CLI::App&)) {
    return {name, description, needs, define, {}};
}

constexpr CommandDef group(std::string_view name, std::string_view description, std::span<const CommandDef> members) {
    return {name, description, {Registry::none, State::none}, nullptr, members};
}

const CommandDef kExport[] = {
    command("ics", "The meetings as an iCalendar (RFC 5545) file", kRegistry, define_export_ics),
    command("sqlite", "The registry as SQLite tables for ad-hoc SQL: export sqlite FILE.db", kRegistry,
            define_export_sqlite),
};

const CommandDef kReport[] = {
    command("region", "A region's status: centres, municipalities, network, programmes, contacts", kRegistry,
            define_report_region),
    command("programme", "A programme's invitation and status: themes, sessions, venue, registration", kRegistry,
            define_report_programme),
    command("coverage", "One row per region: municipalities and centres by kind, births, national totals", kRegistry,
            define_report_coverage),
    command("site", "A static, linked HTML site of every report", kRegistry, define_report_site),
};

const CommandDef kReminders[] = {
    command("log", "Show what was sent, skipped or failed, and when", kState, define_reminders_log),
    command("ack", "Stop reporting a delivery whose outcome is unknown", kState, define_reminders_ack),
};

const CommandDef kCommands[] = {
    command("check", "Check the registry and report every problem with its location", kRegistryAsIs, define_check),
    command("init", "Create a new registry for a region: init DIR --region REGION", kNothing, define_init),
    // editing commands: they read, validate and write the registry themselves
    command("add", "Add an entity: add KIND FIELD=VALUE…", kNothing, define_add),
    command("set", "Change an entity's fields: set ID FIELD=VALUE… [--unset FIELD]", kNothing, define_set),
    command("remove", "Remove an entity nothing refers to: remove ID", kNothing, define_remove),
    command("rename", "Give an entity a new id, everywhere: rename ID NEW-ID", kNothing, define_rename),
    command("list-regions", "List the regions", kRegistry, define_list_regions),
    command("list-centres", "List family centres and similar operations", kRegistry, define_list_centres),
    command("list-contacts", "List contact people", kRegistry, define_list_contacts),
    command("list-meetings", "List meetings, sessions and conferences", kRegistry, define_list_meetings),
    command("list-programmes", "List programmes: trainings, dialogues, supervision", kRegistry, define_list_programmes),
    command("list-networks", "List the regional networks", kRegistry, define_list_networks),
    command("list-organisations", "List organisations: regions, municipalities, units, companies", kRegistry,
            define_list_organisations),
    command("list-venues", "List the venues of meetings and programmes", kRegistry, define_list_venues),
    command("list-sources", "List the sources the registry's facts come from", kRegistry, define_list_sources),
    command("show", "Show one entity by id or name: all its fields and what refers to it", kRegistry, define_show),

    // calendar commands
    command("agenda", "Upcoming meetings, sessions and registration deadlines", kRegistry, define_agenda),
    group("export", "Export the registry in other formats: export ics, export sqlite", kExport),

    // report commands
    group("report", "Reports for people and scripts: region, programme, coverage, site", kReport),

    // reminder commands
    command("remind", "Show the reminders due today, or send them with --send", kRegistryAndState, define_remind),
    group("reminders", "The reminder delivery log: reminders log", kReminders),

    // without a description: not in --help, the man page or the suggestions
    command("complete-ids", "", kRegistry, define_complete_ids),
};

}  // namespace

std::span<const CommandDef> commands() { return kCommands; }

CLI::Option* add_format_option(CLI::App& command, std::string& format, std::span<const render::Format> formats) {
    format = render::format_name(formats.front());
    auto* option = command.add_option("--format", format, "Output format: " + render::format_names(formats, "|"))
                       ->type_name("FORMAT")
                       ->capture_default_str();
    std::vector<std::string> names;
    for (const auto each : formats) names.emplace_back(render::format_name(each));
    set_choices(*option, std::move(names));
    return option;
}

CLI::Option* add_output_option(CLI::App& command, std::string& path) {
    return command.add_option("--output,-o", path, "Write to FILE (atomically) instead of standard output")
        ->type_name("FILE");
}

void add_listing_options(CLI::App& command, ListingOutput& output, std::span<const render::Format> formats) {
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
