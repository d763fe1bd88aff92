// netadmin export sqlite FILE.db: the registry as SQLite tables for ad-hoc
// SQL (render/sqlite_export.hpp); a command of the group "export"
// (cli/commands.cpp). Prints nothing when it succeeds, as --output does.
#include "command_line.hpp"
#include "commands.hpp"

#include "render/sqlite_export.hpp"

namespace netadmin::cli {

Runner define_export_sqlite(CLI::App& command) {
    auto file = std::make_shared<std::string>();
    help_from_catalogue(command.add_option("file", *file), i18n::Msg::help_export_sqlite_file)
        ->required()
        ->type_name("FILE.db");
    return [file](Context& context) {
        if (const auto written = render::export_sqlite(context.registry(), *file); !written) {
            context.error(i18n::format(context.language, written.problem()));
            return exit_code::data_error;
        }
        return exit_code::ok;
    };
}

}  // namespace netadmin::cli
