// netadmin reminders log [--since DATE] [--format table|csv|json]
// Shows what was sent, skipped or failed, and when. Read-only: a missing
// state database is an empty log.
#include "commands.hpp"
#include "filters.hpp"
#include "state_path.hpp"

#include "remind/log_view.hpp"
#include "render/format.hpp"
#include "state/state_db.hpp"
#include "time/stockholm.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    std::string format;
    std::string since;
    std::string output;
};

int show_log(Context& context, const Options& options) {
    std::optional<time::CivilDate> since;
    if (auto problem = resolve_date(context, "--since", options.since, since)) return *problem;
    const auto path = state_path(context);
    if (path.empty()) return context.usage_error("no state database: give --state FILE (HOME is not set)");
    // --since is a Stockholm date; the log's times are UTC.
    const auto from = since ? state::utc_timestamp(time::stockholm_to_unix(*since, {})) : std::string();
    auto db = state::StateDb::open_for_reading(path);
    const auto entries = db ? db->log(from) : std::vector<state::LogEntry>{};
    const auto table = remind::log_table(entries, context.language);
    return emit_listing(context, table, {options.format, options.output}, context.tr(i18n::Msg::empty_log));
}

}  // namespace

Runner define_reminders(CLI::App& command) {
    auto options = std::make_shared<Options>();
    command.require_subcommand(1);
    auto* log = command.add_subcommand("log", "Show what was sent, skipped or failed, and when");
    add_format_option(*log, options->format, {"table", "csv", "json"});
    log->add_option("--since", options->since, "Only entries from this date on (YYYY-MM-DD, Stockholm)");
    add_output_option(*log, options->output);
    return [options](Context& context) {
        try {
            return show_log(context, *options);
        } catch (const state::StateError& e) {
            context.error(e.text(context.language));
            return exit_code::data_error;
        }
    };
}

}  // namespace netadmin::cli
