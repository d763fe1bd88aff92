// netadmin list-meetings [--region ID] [--programme ID] [--from DATE] [--to DATE] [--name TEXT]
#include "commands.hpp"
#include "filters.hpp"

#include "i18n/dates.hpp"
#include "query/lookup.hpp"
#include "query/queries.hpp"
#include "report/listings.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    ListingOutput output;
    std::string region;
    std::string programme;
    std::string from;
    std::string to;
    std::string name;
};

std::string empty_message(const Context& context, const query::MeetingFilter& filter) {
    if (!filter.from) return context.tr(i18n::Msg::empty_meetings);
    const auto from = time::FuzzyDate::of_day(*filter.from);
    return context.tr(i18n::Msg::empty_meetings_from, i18n::format_fuzzy_date(context.language, from));
}

}  // namespace

Runner define_list_meetings(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_listing_options(command, options->output);
    command.add_option("--region", options->region, "Only meetings of this region (id or name)")->type_name("REGION");
    command.add_option("--programme", options->programme, "Only this programme's sessions (id or name)")
        ->type_name("PROGRAMME");
    command.add_option("--from", options->from, "Only meetings on or after this date (YYYY-MM-DD)")->type_name("DATE");
    command.add_option("--to", options->to, "Only meetings on or before this date (YYYY-MM-DD)")->type_name("DATE");
    command.add_option("--name", options->name, "Only meetings whose title contains TEXT (any case, å = a)")
        ->type_name("TEXT");
    return [options](Context& context) {
        query::MeetingFilter filter;
        if (auto found = resolve_region(context.registry(), options->region); found) {
            filter.region = *found;
        } else {
            return context.usage_error(found.problem());
        }
        if (auto found = resolve_programme(context.registry(), options->programme); found) {
            filter.programme = *found;
        } else {
            return context.usage_error(found.problem());
        }
        if (auto found = resolve_date_range(options->from, options->to); found) {
            filter.from = found->from;
            filter.to = found->to;
        } else {
            return context.usage_error(found.problem());
        }
        auto meetings = query::meetings(context.registry(), filter);
        query::keep_named(meetings, options->name,
                          [](const model::Meeting& m) -> const std::string& { return m.title; });
        const auto table = report::meetings_table(context.registry(), meetings, context.language);
        return emit_listing(context, table, options->output, empty_message(context, filter));
    };
}

}  // namespace netadmin::cli
