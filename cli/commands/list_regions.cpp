// netadmin list-regions [--name TEXT]
#include "command_line.hpp"
#include "commands.hpp"

#include "query/lookup.hpp"
#include "query/queries.hpp"
#include "report/listings.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    ListingOutput output;
    std::string name;
};

}  // namespace

Runner define_list_regions(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_listing_options(command, options->output);
    help_from_catalogue(command.add_option("--name", options->name), Msg::help_list_regions_name)->type_name("TEXT");
    return [options](Context& context) {
        auto regions = query::regions(context.registry());
        query::keep_named(regions, options->name, [](const model::Region& r) -> const std::string& { return r.name; });
        const auto table = report::regions_table(context.registry(), regions, context.language);
        return emit_listing(context, table, options->output, context.tr(i18n::Msg::empty_regions));
    };
}

}  // namespace netadmin::cli
