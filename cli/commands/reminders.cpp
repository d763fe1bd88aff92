// netadmin reminders log [--since DATE] [--status S] [--limit N] [--format table|csv|json|markdown]
// netadmin reminders ack ID
// The log shows what was sent, skipped or failed, and when: by default the
// last 100 rows, read with an index so a log of millions is as quick as a
// small one. Read-only: a missing state database is an empty log. `ack`
// records that someone looked up a delivery whose outcome is unknown, so
// `remind` stops reporting it.
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "render/format.hpp"
#include "report/reminder_log.hpp"
#include "state/state_db.hpp"
#include "state/state_file.hpp"
#include "time/stockholm.hpp"
#include "util/utf8.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    std::string format;
    std::string since;
    std::string output;
    std::string status;
    std::size_t limit = 100;
    std::int64_t ack_id = 0;
};

// "unknown" is how people know a delivery left `sending`.
std::optional<state::DeliveryStatus> status_filter(const std::string& name) {
    if (name == "unknown") return state::DeliveryStatus::sending;
    return state::parse_status(name);
}

int show_log(Context& context, const Options& options) {
    std::optional<time::CivilDate> since;
    if (auto found = resolve_date("--since", options.since); found) {
        since = *found;
    } else {
        return context.usage_error(found.problem());
    }
    const auto& path = context.state_file;
    state::LogFilter filter;
    // --since is a Stockholm date; the log's times are UTC.
    if (since) filter.since = state::utc_timestamp(time::stockholm_to_unix(*since, {}));
    // set_choices took the word in any case; the log knows it in lower case.
    if (!options.status.empty()) filter.status = status_filter(util::to_lower(options.status));
    filter.limit = options.limit;
    auto db = state::StateDb::open_for_reading(path);
    if (!db) return context.fail(db.problem());
    std::vector<state::LogEntry> entries;
    if (*db) {
        auto read = (*db)->log(filter);
        if (!read) return context.fail(read.problem());
        entries = std::move(*read);
    }
    const auto table = report::reminder_log_table(entries, context.language);
    return emit_listing(context, table, {options.format, options.output}, context.tr(i18n::Msg::empty_log));
}

int acknowledge(Context& context, const Options& options) {
    const auto& path = context.state_file;
    const auto id = std::to_string(options.ack_id);
    const auto exists = state::state_file_exists(path);
    if (!exists) return context.fail(exists.problem());
    if (!*exists) {
        context.error(context.tr(i18n::Msg::err_ack_not_unknown, id));
        return exit_code::data_error;
    }
    auto db = state::StateDb::open_for_writing(path);
    if (!db) return context.fail(db.problem());
    const auto acknowledged = (*db)->acknowledge(options.ack_id, clock_now());
    if (!acknowledged) return context.fail(acknowledged.problem());
    if (!*acknowledged) {
        context.error(context.tr(i18n::Msg::err_ack_not_unknown, id));
        return exit_code::data_error;
    }
    (*db)->checkpoint();
    context.print(context.tr(i18n::Msg::rem_ack_done, id) + "\n");
    return exit_code::ok;
}

template <typename F>
Runner guarded(std::shared_ptr<Options> options, F run) {
    return [options, run](Context& context) { return run(context, *options); };
}

}  // namespace

// The commands of the group "reminders" (cli/commands.cpp).
Runner define_reminders_log(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_format_option(command, options->format, render::formats_of(render::ViewKind::table));
    help_from_catalogue(command.add_option("--since", options->since), Msg::help_reminders_since);
    add_output_option(command, options->output);
    set_choices(*help_from_catalogue(command.add_option("--status", options->status), Msg::help_reminders_status),
                {"sent", "failed", "unknown", "skipped-superseded", "skipped-no-address", "withheld", "missed",
                 "acknowledged"});
    help_from_catalogue(command.add_option("--limit", options->limit), Msg::help_reminders_limit)
        ->capture_default_str();
    return guarded(options, show_log);
}

Runner define_reminders_ack(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("ID", options->ack_id), Msg::help_reminders_ack_id)->required();
    return guarded(options, acknowledge);
}

}  // namespace netadmin::cli
