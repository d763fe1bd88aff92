// netadmin export sqlite FILE.db: the registry as SQLite tables for ad-hoc
// SQL (render/sqlite_export.hpp); a command of the group "export"
// (cli/commands.cpp). Prints nothing when it succeeds, as --output does.
#include "commands.hpp"

#include "render/sqlite_export.hpp"

namespace netadmin::cli {

Runner define_export_sqlite(CLI::App& command) {
    auto file = std::make_shared<std::string>();
    command.add_option("file", *file, "The database to write (replaced atomically)")->required()->type_name("FILE.db");
    return [file](Context& context) {
        if (const auto written = render::export_sqlite(context.registry(), *file); !written) {
            context.error(i18n::format(context.language, written.problem()));
            return exit_code::data_error;
        }
        return exit_code::ok;
    };
}

}  // namespace netadmin::cli
