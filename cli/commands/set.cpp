// netadmin set ID FIELD=VALUE… [--unset FIELD]… [--dry-run]: changes
// fields of one entity; FIELD+=ID and FIELD-=ID add to and take from lists.
// Only the lines of those fields change (edit/registry_edit.hpp).
#include "command_line.hpp"
#include "commands.hpp"
#include "edit_run.hpp"

namespace netadmin::cli {
namespace {

struct Options : EditOptions {
    std::string id;
    std::vector<std::string> unset;
};

}  // namespace

Runner define_set(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("id", options->id), i18n::Msg::help_entity_id)->required();
    help_from_catalogue(command.add_option("fields", options->changes), i18n::Msg::help_set_fields);
    help_from_catalogue(command.add_option("--unset", options->unset), i18n::Msg::help_unset)->type_name("FIELD");
    add_dry_run_option(command, *options);
    return [options](Context& context) {
        auto changes = parse_changes(context, options->changes);
        if (!changes) return exit_code::usage;
        for (const auto& key : options->unset) changes->push_back({key, edit::Change::Op::unset, {}});
        if (changes->empty()) return context.usage_error(context.tr(i18n::Msg::edit_bad_argument, options->id));
        return run_edit(
            context, options->dry_run,
            [&](const edit::RegistryEditor& editor) { return editor.set(options->id, *changes); },
            [&](const edit::Edited& edited, const std::string& file) {
                return context.tr(i18n::Msg::edit_changed, edited.id, file);
            });
    };
}

}  // namespace netadmin::cli
