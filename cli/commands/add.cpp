// netadmin add KIND FIELD=VALUE… [--file FILE] [--dry-run]: a new entity,
// its id made from its name unless id= is given, in the file of its region
// (edit/registry_edit.hpp); prints the id.
#include "command_line.hpp"
#include "commands.hpp"
#include "edit/field_value.hpp"
#include "edit_run.hpp"
#include "labels/labels.hpp"

namespace netadmin::cli {
namespace {

struct Options : EditOptions {
    std::string kind;
    std::string file;
};

}  // namespace

Runner define_add(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("kind", options->kind), i18n::Msg::help_add_kind)->required();
    help_from_catalogue(command.add_option("fields", options->changes), i18n::Msg::help_add_fields)->required();
    help_from_catalogue(command.add_option("--file", options->file), i18n::Msg::help_add_file)->type_name("FILE");
    add_dry_run_option(command, *options);
    return [options](Context& context) {
        const auto changes = parse_changes(context, options->changes);
        if (!changes) return exit_code::usage;
        return run_edit(
            context, options->dry_run,
            [&](const edit::RegistryEditor& editor) { return editor.add(options->kind, *changes, options->file); },
            [&](const edit::Edited& edited, const std::string& file) {
                // The kind as the reader calls it ("nätverk"); the id and file as written.
                const auto kind = edit::parse_entity_kind(edited.kind);
                if (!kind) return context.tr(i18n::Msg::edit_added, edited.kind, edited.id, file);
                return context.tr(i18n::Msg::edit_added, labels::label(*kind), edited.id, file);
            });
    };
}

}  // namespace netadmin::cli
