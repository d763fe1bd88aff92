// netadmin list-regions
#include "commands.hpp"

#include "query/queries.hpp"
#include "render/format.hpp"
#include "report/listings.hpp"

namespace netadmin::cli {

Runner define_list_regions(CLI::App& command) {
    auto format = std::make_shared<std::string>();
    add_format_option(command, *format, {"table", "csv", "json", "markdown"});
    return [format](Context& context) {
        const auto regions = query::regions(context.registry());
        const auto table = report::regions_table(context.registry(), regions, context.language);
        return context.emit(
            render::render_table(table, *render::parse_format(*format), context.language, {context.colour()}), "");
    };
}

}  // namespace netadmin::cli
