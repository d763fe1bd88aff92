// netadmin state backup FILE
// netadmin state restore FILE
// netadmin state check
// The state database is what makes reminders exactly-once, so it gets a
// consistent online backup (SQLite's backup API, safe while `remind --send`
// runs), a restore that refuses what is not a netadmin state and waits for
// a run instead of racing it, and a check that says whether the file is
// intact. The rules are in lib/state/backup.hpp; docs/cron.md says when to
// back up and what a restore from yesterday means.
#include "command_line.hpp"
#include "commands.hpp"

#include "state/backup.hpp"
#include "util/visible.hpp"

#include <memory>

namespace netadmin::cli {

using i18n::Msg;
namespace {

// A run that is under way has claimed deliveries no longer ago than the
// longest mailer timeout `remind` allows plus its margin.
constexpr std::int64_t kRunWindowSeconds = 3600 + 60;

struct Options {
    std::string file;
};

template <typename F>
Runner guarded(std::shared_ptr<Options> options, F run) {
    return [options, run](Context& context) { return run(context, *options); };
}

int backup(Context& context, const Options& options) {
    // Quiet when it works, so a nightly cron job mails only its failures.
    if (auto done = state::backup_state(context.state_file, options.file); !done) return context.fail(done.problem());
    return exit_code::ok;
}

int restore(Context& context, const Options& options) {
    const auto restored = state::restore_state(options.file, context.state_file, clock_now(), kRunWindowSeconds);
    if (!restored) return context.fail(restored.problem());
    context.print(util::visible_controls(context.tr(Msg::state_restored, context.state_file.string(), options.file)) +
                  "\n");
    return exit_code::ok;
}

int check(Context& context, const Options&) {
    const auto checked = state::check_state(context.state_file);
    if (!checked) return context.fail(checked.problem());
    const auto& found = *checked;
    const auto path = context.state_file.string();
    if (!found.problems.empty()) {
        const auto count = static_cast<std::int64_t>(found.problems.size());
        context.error(
            util::visible_controls(context.tr(Msg::err_state_integrity, path, found.problems.front(), count)));
        return exit_code::data_error;
    }
    context.print(util::visible_controls(context.tr(Msg::state_check_ok, path, std::to_string(found.schema_version))) +
                  "\n");
    return exit_code::ok;
}

}  // namespace

// The commands of the group "state" beside `prune` (cli/commands.cpp).
Runner define_state_backup(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("FILE", options->file), Msg::help_state_backup_file)->required();
    return guarded(options, backup);
}

Runner define_state_restore(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("FILE", options->file), Msg::help_state_restore_file)->required();
    return guarded(options, restore);
}

Runner define_state_check(CLI::App&) { return guarded(std::make_shared<Options>(), check); }

}  // namespace netadmin::cli
