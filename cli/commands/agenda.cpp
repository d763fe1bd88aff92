// netadmin agenda [--days N | --from DATE --to DATE] [--region ID] [--programme ID]
// What is coming up: meetings, sessions and registration deadlines in time
// order; by default the 60 days starting today (the Stockholm date, or --today).
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "i18n/dates.hpp"
#include "report/agenda.hpp"

#include <charconv>

namespace netadmin::cli {

using i18n::Msg;
namespace {

constexpr int kDefaultDays = 60;
constexpr int kMaxDays = 3660;  // ten years: enough for any plan, small enough to stay a date

struct Options {
    ListingOutput output;
    std::string days;
    std::string from;
    std::string to;
    std::string region;
    std::string programme;
};

struct Days {
    time::CivilDate from;
    time::CivilDate to;
};

// The days to show, from --days or --from/--to; a usage problem otherwise.
catalog::Result<Days> resolve_range(const Context& context, const Options& options) {
    if (!options.days.empty() && (!options.from.empty() || !options.to.empty())) {
        return catalog::Problem(i18n::Msg::err_days_with_range);
    }
    int days = kDefaultDays;
    if (!options.days.empty()) {
        const auto* end = options.days.data() + options.days.size();
        const auto [rest, error] = std::from_chars(options.days.data(), end, days);
        if (error != std::errc() || rest != end || days < 1 || days > kMaxDays) {
            return catalog::Problem(i18n::Msg::err_bad_days, options.days);
        }
    }
    const auto range = resolve_date_range(options.from, options.to);
    if (!range) return range.problem();
    const auto from = range->from.value_or(context.today);
    const auto to = range->to.value_or(time::add_days(from, days - 1));
    if (to < from) return catalog::Problem(i18n::Msg::err_range_reversed, time::to_iso(from), time::to_iso(to));
    return Days{from, to};
}

}  // namespace

Runner define_agenda(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_listing_options(command, options->output);
    help_from_catalogue(command.add_option("--days", options->days), Msg::help_agenda_days)->type_name("N");
    help_from_catalogue(command.add_option("--from", options->from), Msg::help_agenda_from)->type_name("DATE");
    help_from_catalogue(command.add_option("--to", options->to), Msg::help_agenda_to)->type_name("DATE");
    complete_with(help_from_catalogue(command.add_option("--region", options->region), Msg::help_agenda_region),
                  Completion::ids(model::EntityKind::region))
        ->type_name("ID");
    complete_with(
        help_from_catalogue(command.add_option("--programme", options->programme), Msg::help_agenda_programme),
        Completion::ids(model::EntityKind::programme))
        ->type_name("ID");
    return [options](Context& context) {
        report::AgendaFilter filter;
        if (auto days = resolve_range(context, *options); days) {
            filter.from = days->from;
            filter.to = days->to;
        } else {
            return context.usage_error(days.problem());
        }
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
        const auto items = report::agenda_items(context.registry(), filter);
        const auto table = report::agenda_table(context.registry(), items, context.language);
        const auto empty = context.tr(i18n::Msg::empty_agenda,
                                      i18n::format_fuzzy_date(context.language, time::FuzzyDate::of_day(filter.from)),
                                      i18n::format_fuzzy_date(context.language, time::FuzzyDate::of_day(filter.to)));
        return emit_listing(context, table, options->output, empty);
    };
}

}  // namespace netadmin::cli
