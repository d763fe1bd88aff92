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
Runner define_import_centres(CLI::App& command);
Runner define_import_people(CLI::App& command);
Runner define_fields(CLI::App& command);
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
Runner define_blame(CLI::App& command);

// calendar commands
Runner define_agenda(CLI::App& command);
Runner define_export_ics(CLI::App& command);
Runner define_export_sqlite(CLI::App& command);

// report commands
Runner define_report_region(CLI::App& command);
Runner define_report_programme(CLI::App& command);
Runner define_report_coverage(CLI::App& command);
Runner define_report_site(CLI::App& command);
Runner define_report_attendance(CLI::App& command);

// reminder commands
Runner define_remind(CLI::App& command);
Runner define_reminders_log(CLI::App& command);
Runner define_reminders_ack(CLI::App& command);
Runner define_cache_status(CLI::App& command);
Runner define_cache_clear(CLI::App& command);

// participant commands
Runner define_registrations_import(CLI::App& command);
Runner define_registrations_list(CLI::App& command);
Runner define_register(CLI::App& command);
Runner define_unregister(CLI::App& command);
Runner define_attendance_record(CLI::App& command);
Runner define_person_show(CLI::App& command);
Runner define_person_export(CLI::App& command);
Runner define_person_erase(CLI::App& command);
Runner define_state_prune(CLI::App& command);
Runner define_state_backup(CLI::App& command);
Runner define_state_restore(CLI::App& command);
Runner define_state_check(CLI::App& command);

// for the shell completions
Runner define_complete_ids(CLI::App& command);

namespace {

constexpr Needs kRegistry{Registry::valid, State::none};
constexpr Needs kRegistryAsIs{Registry::as_is, State::none};
constexpr Needs kRegistryAndState{Registry::partial, State::database};
constexpr Needs kRegistryAndDatabase{Registry::valid, State::database};
constexpr Needs kState{Registry::none, State::database};
constexpr Needs kNothing{Registry::none, State::none};

using i18n::Msg;

constexpr CommandDef command(std::string_view name, catalog::Checked<> description, Needs needs,
                             Runner (*define)(CLI::App&)) {
    return {name, description, needs, define, {}};
}

// A command without a description: not in --help, the man page or the suggestions.
constexpr CommandDef internal_command(std::string_view name, Needs needs, Runner (*define)(CLI::App&)) {
    return {name, std::nullopt, needs, define, {}};
}

constexpr CommandDef group(std::string_view name, catalog::Checked<> description, std::span<const CommandDef> members) {
    return {name, description, {Registry::none, State::none}, nullptr, members};
}

const CommandDef kExport[] = {
    command("ics", Msg::help_export_ics, kRegistry, define_export_ics),
    command("sqlite", Msg::help_export_sqlite, kRegistry, define_export_sqlite),
};

// Editing commands like add and set: they read, validate and write the registry themselves.
const CommandDef kImport[] = {
    command("centres", Msg::help_import_centres, kNothing, define_import_centres),
    command("people", Msg::help_import_people, kNothing, define_import_people),
};

const CommandDef kReport[] = {
    command("region", Msg::help_report_region, kRegistry, define_report_region),
    command("programme", Msg::help_report_programme, kRegistry, define_report_programme),
    command("coverage", Msg::help_report_coverage, kRegistry, define_report_coverage),
    command("site", Msg::help_report_site, kRegistry, define_report_site),
    command("attendance", Msg::help_report_attendance, kRegistry, define_report_attendance),
};

const CommandDef kReminders[] = {
    command("log", Msg::help_reminders_log, kState, define_reminders_log),
    command("ack", Msg::help_reminders_ack, kState, define_reminders_ack),
};

const CommandDef kRegistrations[] = {
    command("import", Msg::help_registrations_import, kRegistryAndDatabase, define_registrations_import),
    command("list", Msg::help_registrations_list, kRegistryAndDatabase, define_registrations_list),
};

const CommandDef kAttendance[] = {
    command("record", Msg::help_attendance_record, kRegistryAndDatabase, define_attendance_record),
};

const CommandDef kPerson[] = {
    command("show", Msg::help_person_show, kRegistryAndDatabase, define_person_show),
    command("export", Msg::help_person_export, kRegistryAndDatabase, define_person_export),
    command("erase", Msg::help_person_erase, kRegistryAndDatabase, define_person_erase),
};

const CommandDef kCache[] = {
    command("status", Msg::help_cache_status, kNothing, define_cache_status),
    command("clear", Msg::help_cache_clear, kNothing, define_cache_clear),
};

const CommandDef kStateCommands[] = {
    command("prune", Msg::help_state_prune, kRegistryAndDatabase, define_state_prune),
    command("backup", Msg::help_state_backup, kState, define_state_backup),
    command("restore", Msg::help_state_restore, kState, define_state_restore),
    command("check", Msg::help_state_check, kState, define_state_check),
};

const CommandDef kCommands[] = {
    command("check", Msg::help_check, kRegistryAsIs, define_check),
    command("init", Msg::help_init, kNothing, define_init),
    // editing commands: they read, validate and write the registry themselves
    command("add", Msg::help_add, kNothing, define_add),
    command("set", Msg::help_set, kNothing, define_set),
    command("remove", Msg::help_remove, kNothing, define_remove),
    command("rename", Msg::help_rename, kNothing, define_rename),
    command("fields", Msg::help_fields, kNothing, define_fields),
    group("import", Msg::help_import, kImport),
    command("list-regions", Msg::help_list_regions, kRegistry, define_list_regions),
    command("list-centres", Msg::help_list_centres, kRegistry, define_list_centres),
    command("list-contacts", Msg::help_list_contacts, kRegistry, define_list_contacts),
    command("list-meetings", Msg::help_list_meetings, kRegistry, define_list_meetings),
    command("list-programmes", Msg::help_list_programmes, kRegistry, define_list_programmes),
    command("list-networks", Msg::help_list_networks, kRegistry, define_list_networks),
    command("list-organisations", Msg::help_list_organisations, kRegistry, define_list_organisations),
    command("list-venues", Msg::help_list_venues, kRegistry, define_list_venues),
    command("list-sources", Msg::help_list_sources, kRegistry, define_list_sources),
    command("show", Msg::help_show, kRegistry, define_show),
    command("blame", Msg::help_blame, kRegistry, define_blame),

    // calendar commands
    command("agenda", Msg::help_agenda, kRegistry, define_agenda),
    group("export", Msg::help_export, kExport),

    // report commands
    group("report", Msg::help_report, kReport),

    // reminder commands
    command("remind", Msg::help_remind, kRegistryAndState, define_remind),
    group("reminders", Msg::help_reminders, kReminders),

    // participant commands
    group("registrations", Msg::help_registrations, kRegistrations),
    command("register", Msg::help_register, kRegistryAndDatabase, define_register),
    command("unregister", Msg::help_unregister, kRegistryAndDatabase, define_unregister),
    group("attendance", Msg::help_attendance, kAttendance),
    group("person", Msg::help_person, kPerson),
    group("state", Msg::help_state_group, kStateCommands),
    group("cache", Msg::help_cache, kCache),

    internal_command("complete-ids", kRegistry, define_complete_ids),
};

}  // namespace

std::span<const CommandDef> commands() { return kCommands; }

CLI::Option* add_format_option(CLI::App& command, std::string& format, std::span<const render::Format> formats) {
    format = render::format_name(formats.front());
    auto* option = help_from_catalogue(command.add_option("--format", format), Msg::help_format,
                                       render::format_names(formats, "|"))
                       ->type_name("FORMAT")
                       ->capture_default_str();
    std::vector<std::string> names;
    for (const auto each : formats) names.emplace_back(render::format_name(each));
    set_choices(*option, std::move(names));
    return option;
}

CLI::Option* add_output_option(CLI::App& command, std::string& path) {
    return complete_with(help_from_catalogue(command.add_option("--output,-o", path), Msg::help_output),
                         Completion::file())
        ->type_name("FILE");
}

void add_listing_options(CLI::App& command, ListingOutput& output, std::span<const render::Format> formats) {
    add_format_option(command, output.format, formats);
    add_output_option(command, output.path);
}

void add_csv_dialect_option(CLI::App& command, ListingOutput& output) {
    set_choices(*help_from_catalogue(command.add_option("--csv-dialect", output.csv_dialect), Msg::help_csv_dialect,
                                     "rfc4180|excel-sv")
                     ->type_name("DIALECT"),
                {"rfc4180", "excel-sv"});
}

int emit_listing(const Context& context, const report::Table& table, const ListingOutput& output,
                 const std::string& empty) {
    const auto format = *render::parse_format(output.format);
    if (format == render::Format::csv && output.csv_dialect == "excel-sv") {
        return context.emit(render::to_csv(table, render::CsvDialect::excel_sv), output.path);
    }
    const bool to_stdout = output.path.empty() || output.path == "-";
    if (table.rows.empty() && format == render::Format::table && to_stdout && context.stdout_is_terminal()) {
        return context.emit(empty + "\n", "");
    }
    const auto text = render::render_table(table, format, context.language, {to_stdout && context.colour()});
    if (!text) return context.usage_error(text.problem());
    return context.emit(*text, output.path);
}

}  // namespace netadmin::cli
