// netadmin list-meetings [--region ID] [--from DATE] [--to DATE]
#include "commands.hpp"
#include "filters.hpp"

#include "query/queries.hpp"
#include "render/format.hpp"
#include "report/listings.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    std::string format;
    std::string region;
    std::string from;
    std::string to;
};

}  // namespace

Runner define_list_meetings(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_format_option(command, options->format, {"table", "csv", "json", "markdown"});
    command.add_option("--region", options->region, "Only meetings of this region (id)");
    command.add_option("--from", options->from, "Only meetings on or after this date (YYYY-MM-DD)");
    command.add_option("--to", options->to, "Only meetings on or before this date (YYYY-MM-DD)");
    return [options](Context& context) {
        query::MeetingFilter filter;
        if (auto problem = resolve_region(context, options->region, filter.region)) return *problem;
        if (auto problem = resolve_date(context, "--from", options->from, filter.from)) return *problem;
        if (auto problem = resolve_date(context, "--to", options->to, filter.to)) return *problem;
        const auto meetings = query::meetings(context.registry(), filter);
        const auto table = report::meetings_table(context.registry(), meetings, context.language);
        return context.emit(
            render::render_table(table, *render::parse_format(options->format), context.language, {context.colour()}),
            "");
    };
}

}  // namespace netadmin::cli
