// netadmin list-contacts [--region ID]
#include "commands.hpp"
#include "filters.hpp"

#include "query/queries.hpp"
#include "render/format.hpp"
#include "report/listings.hpp"

namespace netadmin::cli {

Runner define_list_contacts(CLI::App& command) {
    auto format = std::make_shared<std::string>();
    auto region = std::make_shared<std::string>();
    add_format_option(command, *format, {"table", "csv", "json", "markdown"});
    command.add_option("--region", *region, "Only people of this region (id)");
    return [format, region](Context& context) {
        std::string region_id;
        if (auto problem = resolve_region(context, *region, region_id)) return *problem;
        const auto people = query::contacts(context.registry(), region_id);
        const auto table = report::contacts_table(context.registry(), people, context.language);
        return context.emit(
            render::render_table(table, *render::parse_format(*format), context.language, {context.colour()}), "");
    };
}

}  // namespace netadmin::cli
