// netadmin list-centres [--region ID] [--municipality NAME] [--kind full|similar] [--operation OP] [--name TEXT]
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "model/vocabulary.hpp"
#include "query/lookup.hpp"
#include "query/queries.hpp"
#include "render/format.hpp"
#include "report/listings.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    ListingOutput output;
    std::string region;
    std::string municipality;
    std::string kind;
    std::string operation;
    std::string name;
};

}  // namespace

Runner define_list_centres(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_listing_options(command, options->output);
    add_csv_dialect_option(command, options->output);
    complete_with(help_from_catalogue(command.add_option("--region", options->region), Msg::help_list_centres_region),
                  Completion::ids(model::EntityKind::region))
        ->type_name("REGION");
    help_from_catalogue(command.add_option("--municipality", options->municipality),
                        Msg::help_list_centres_municipality)
        ->type_name("NAME");
    set_choices(*help_from_catalogue(command.add_option("--kind", options->kind), Msg::help_list_centres_kind)
                     ->type_name("KIND"),
                {"full", "similar"});
    help_from_catalogue(command.add_option("--name", options->name), Msg::help_list_centres_name)->type_name("TEXT");
    help_from_catalogue(command.add_option("--operation", options->operation), Msg::help_list_centres_operation,
                        model::operation_names());
    return [options](Context& context) {
        query::CentreFilter filter;
        if (auto found = resolve_region(context.registry(), options->region); found) {
            filter.region = *found;
        } else {
            return context.usage_error(found.problem());
        }
        if (auto found = resolve_municipality(context.registry(), options->municipality); found) {
            filter.municipality_code = *found;
        } else {
            return context.usage_error(found.problem());
        }
        if (!options->kind.empty()) filter.kind = model::parse_centre_kind(options->kind);
        if (!options->operation.empty()) {
            // People write operations as the listings show them: "BVC", "open preschool".
            auto wanted = util::to_lower(options->operation);
            std::replace(wanted.begin(), wanted.end(), ' ', '-');
            filter.operation = model::parse_operation(wanted);
            if (!filter.operation) {
                return context.usage_error(
                    context.tr(i18n::Msg::err_bad_operation, model::operation_names(), options->operation));
            }
        }
        auto centres = query::centres(context.registry(), filter);
        query::keep_named(centres, options->name, [](const model::Centre& c) -> const std::string& { return c.name; });
        const auto table = report::centres_table(context.registry(), centres, context.language);
        return emit_listing(context, table, options->output, context.tr(i18n::Msg::empty_centres));
    };
}

}  // namespace netadmin::cli
