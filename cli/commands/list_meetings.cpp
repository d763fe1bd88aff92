// netadmin list-meetings [--region ID] [--programme ID] [--from DATE] [--to DATE] [--name TEXT]
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "i18n/dates.hpp"
#include "query/lookup.hpp"
#include "query/queries.hpp"
#include "report/listings.hpp"

namespace netadmin::cli {

using i18n::Msg;
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
    complete_with(help_from_catalogue(command.add_option("--region", options->region), Msg::help_list_meetings_region),
                  Completion::ids(model::EntityKind::region))
        ->type_name("REGION");
    complete_with(
        help_from_catalogue(command.add_option("--programme", options->programme), Msg::help_list_meetings_programme),
        Completion::ids(model::EntityKind::programme))
        ->type_name("PROGRAMME");
    help_from_catalogue(command.add_option("--from", options->from), Msg::help_list_meetings_from)->type_name("DATE");
    help_from_catalogue(command.add_option("--to", options->to), Msg::help_list_meetings_to)->type_name("DATE");
    help_from_catalogue(command.add_option("--name", options->name), Msg::help_list_meetings_name)->type_name("TEXT");
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
