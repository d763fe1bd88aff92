// netadmin remove ID [--dry-run]: takes an entity out of its file, comments
// directly around it included; refused while anything refers to it (the
// references are listed, located), so nothing is left dangling.
#include "command_line.hpp"
#include "commands.hpp"
#include "edit_run.hpp"

namespace netadmin::cli {

Runner define_remove(CLI::App& command) {
    auto options = std::make_shared<EditOptions>();
    auto id = std::make_shared<std::string>();
    help_from_catalogue(command.add_option("id", *id), i18n::Msg::help_entity_id)->required();
    add_dry_run_option(command, *options);
    return [options, id](Context& context) {
        return run_edit(
            context, options->dry_run, [&](const edit::RegistryEditor& editor) { return editor.remove(*id); },
            [&](const edit::Edited& edited, const std::string& file) {
                return context.tr(i18n::Msg::edit_removed, edited.id, file);
            });
    };
}

}  // namespace netadmin::cli
