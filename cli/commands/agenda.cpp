// netadmin agenda [--days N | --from DATE --to DATE] [--region ID] [--programme ID]
// What is coming up: meetings, sessions and registration deadlines in time
// order; by default the 60 days starting today (the Stockholm date, or --today).
#include "commands.hpp"
#include "filters.hpp"

#include "i18n/dates.hpp"
#include "report/agenda.hpp"

#include <charconv>

namespace netadmin::cli {
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

// Fills filter.from and filter.to from --days or --from/--to; a usage error otherwise.
std::optional<int> resolve_range(const Context& context, const Options& options, report::AgendaFilter& filter) {
    if (!options.days.empty() && (!options.from.empty() || !options.to.empty())) {
        return context.usage_error(context.tr(i18n::Msg::err_days_with_range));
    }
    int days = kDefaultDays;
    if (!options.days.empty()) {
        const auto* end = options.days.data() + options.days.size();
        const auto [rest, error] = std::from_chars(options.days.data(), end, days);
        if (error != std::errc() || rest != end || days < 1 || days > kMaxDays) {
            return context.usage_error(context.tr(i18n::Msg::err_bad_days, {options.days}));
        }
    }
    std::optional<time::CivilDate> from;
    std::optional<time::CivilDate> to;
    if (auto problem = resolve_date_range(context, options.from, options.to, from, to)) return problem;
    filter.from = from.value_or(context.today);
    filter.to = to.value_or(time::add_days(filter.from, days - 1));
    if (filter.to < filter.from) {
        return context.usage_error(
            context.tr(i18n::Msg::err_range_reversed, {time::to_iso(filter.from), time::to_iso(filter.to)}));
    }
    return std::nullopt;
}

}  // namespace

Runner define_agenda(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_listing_options(command, options->output);
    command.add_option("--days", options->days, "Days to show, today included (default 60)")->type_name("N");
    command.add_option("--from", options->from, "First day to show (YYYY-MM-DD; default today)")->type_name("DATE");
    command.add_option("--to", options->to, "Last day to show (YYYY-MM-DD; default 60 days on)")->type_name("DATE");
    command.add_option("--region", options->region, "Only this region (id or name)")->type_name("ID");
    command.add_option("--programme", options->programme, "Only this programme (id or name)")->type_name("ID");
    return [options](Context& context) {
        report::AgendaFilter filter;
        if (auto problem = resolve_range(context, *options, filter)) return *problem;
        if (auto problem = resolve_region(context, options->region, filter.region)) return *problem;
        if (auto problem = resolve_programme(context, options->programme, filter.programme)) return *problem;
        const auto items = report::agenda_items(context.registry(), filter);
        const auto table = report::agenda_table(context.registry(), items, context.language);
        const auto empty = context.tr(i18n::Msg::empty_agenda,
                                      {i18n::format_fuzzy_date(context.language, time::FuzzyDate::of_day(filter.from)),
                                       i18n::format_fuzzy_date(context.language, time::FuzzyDate::of_day(filter.to))});
        return emit_listing(context, table, options->output, empty);
    };
}

}  // namespace netadmin::cli
