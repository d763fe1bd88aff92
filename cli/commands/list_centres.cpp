// netadmin list-centres [--region ID] [--municipality NAME] [--kind full|similar] [--operation OP]
#include "commands.hpp"
#include "filters.hpp"

#include "model/vocabulary.hpp"
#include "query/queries.hpp"
#include "render/format.hpp"
#include "report/listings.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::cli {
namespace {

struct Options {
    std::string format;
    std::string region;
    std::string municipality;
    std::string kind;
    std::string operation;
};

}  // namespace

Runner define_list_centres(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_format_option(command, options->format, {"table", "csv", "json", "markdown"});
    command.add_option("--region", options->region, "Only centres of this region (id)");
    command.add_option("--municipality", options->municipality, "Only centres in this municipality (name or SCB code)");
    command.add_option("--kind", options->kind, "Only this kind: full or similar")
        ->transform(CLI::IsMember({"full", "similar"}, CLI::ignore_case));
    command.add_option("--operation", options->operation,
                       "Only centres with this operation: " + model::operation_names());
    return [options](Context& context) {
        query::CentreFilter filter;
        if (auto problem = resolve_region(context, options->region, filter.region)) return *problem;
        if (auto problem = resolve_municipality(context, options->municipality, filter.municipality_code)) {
            return *problem;
        }
        if (!options->kind.empty()) filter.kind = model::parse_centre_kind(options->kind);
        if (!options->operation.empty()) {
            // People write operations as the listings show them: "BVC", "open preschool".
            auto wanted = util::to_lower(options->operation);
            std::replace(wanted.begin(), wanted.end(), ' ', '-');
            filter.operation = model::parse_operation(wanted);
            if (!filter.operation) {
                return context.usage_error(
                    context.tr(i18n::Msg::err_bad_operation, {model::operation_names(), options->operation}));
            }
        }
        const auto centres = query::centres(context.registry(), filter);
        const auto table = report::centres_table(context.registry(), centres, context.language);
        return context.emit(
            render::render_table(table, *render::parse_format(options->format), context.language, {context.colour()}),
            "");
    };
}

}  // namespace netadmin::cli
