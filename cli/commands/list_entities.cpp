// netadmin list-programmes | list-networks | list-organisations | list-venues
// | list-sources
// [--region ID] [--name TEXT]: one code path for the listings of
// report/entity_listings.hpp, each defined by its row there.
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "report/entity_listings.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    ListingOutput output;
    std::string region;
    std::string name;
};

Runner define_entity_listing(CLI::App& command, const report::EntityListing& listing) {
    auto options = std::make_shared<Options>();
    add_listing_options(command, options->output);
    complete_with(help_from_catalogue(command.add_option("--region", options->region), Msg::help_list_entities_region),
                  Completion::ids(model::EntityKind::region))
        ->type_name("REGION");
    help_from_catalogue(command.add_option("--name", options->name), Msg::help_list_entities_name)->type_name("TEXT");
    return [options, &listing](Context& context) {
        report::ListingFilter filter;
        if (auto found = resolve_region(context.registry(), options->region); found) {
            filter.region = *found;
        } else {
            return context.usage_error(found.problem());
        }
        filter.name = options->name;
        const auto table = listing.build(context.registry(), filter, context.language);
        return emit_listing(context, table, options->output,
                            std::string(i18n::runtime_text(context.language, listing.empty)));
    };
}

}  // namespace

Runner define_list_programmes(CLI::App& command) {
    return define_entity_listing(command, *report::entity_listing("programmes"));
}
Runner define_list_networks(CLI::App& command) {
    return define_entity_listing(command, *report::entity_listing("networks"));
}
Runner define_list_organisations(CLI::App& command) {
    return define_entity_listing(command, *report::entity_listing("organisations"));
}
Runner define_list_venues(CLI::App& command) {
    return define_entity_listing(command, *report::entity_listing("venues"));
}
Runner define_list_sources(CLI::App& command) {
    return define_entity_listing(command, *report::entity_listing("sources"));
}

}  // namespace netadmin::cli
