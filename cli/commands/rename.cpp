// netadmin rename ID NEW-ID [--dry-run]: gives an entity a new id and
// changes every reference to it, in every file, keeping each one's quoting.
#include "command_line.hpp"
#include "commands.hpp"
#include "edit_run.hpp"

namespace netadmin::cli {

Runner define_rename(CLI::App& command) {
    auto options = std::make_shared<EditOptions>();
    auto ids = std::make_shared<std::pair<std::string, std::string>>();
    help_from_catalogue(command.add_option("id", ids->first), i18n::Msg::help_entity_id)->required();
    help_from_catalogue(command.add_option("new-id", ids->second), i18n::Msg::help_new_id)->required();
    add_dry_run_option(command, *options);
    return [options, ids](Context& context) {
        return run_edit(
            context, options->dry_run,
            [&](const edit::RegistryEditor& editor) { return editor.rename(ids->first, ids->second); },
            [&](const edit::Edited& edited, const std::string& /*file*/) {
                return context.tr(i18n::Msg::edit_renamed, ids->first, edited.id,
                                  static_cast<std::int64_t>(edited.changed.size()));
            });
    };
}

}  // namespace netadmin::cli
