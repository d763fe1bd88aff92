// netadmin person show EMAIL
// netadmin person export EMAIL [--format json] [--output FILE]
// netadmin person erase EMAIL
// netadmin state prune
// The rights of the people in the state database (docs/privacy.md): what
// netadmin holds about a person, in words or as JSON; their erasure from
// the state database (the registry is edited by hand, in git: erase says
// where); and the pruning of rows past the retention time.
#include "cache_choice.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "participants.hpp"

#include "people/person.hpp"
#include "people/retention.hpp"
#include "people/views.hpp"
#include "render/format.hpp"
#include "render/person.hpp"
#include "report/reminder_log.hpp"
#include "snapshot/cache_folder.hpp"
#include "state/privacy.hpp"
#include "state/state_file.hpp"

namespace netadmin::cli {
namespace {

using i18n::Msg;

struct Options {
    std::string email;
    std::string format;
    std::string path;
};

catalog::Result<people::PersonRecord> gather(const Context& context, const std::string& email) {
    people::PersonRecord record{email, people::registry_mentions(context.registry(), email), {}};
    auto db = state::StateDb::open_for_reading(context.state_file);
    if (!db) return db.problem();
    if (*db) {
        auto rows = state::person_rows(**db, email, people::person_ids(record.registry));
        if (!rows) return rows.problem();
        record.state = std::move(*rows);
    }
    return record;
}

// Opens the state database for writing when it exists and runs `f` on it;
// T{} when there is no database (nothing to change).
template <typename T, typename F>
catalog::Result<T> on_existing_state(const Context& context, F&& f) {
    const auto exists = state::state_file_exists(context.state_file);
    if (!exists) return exists.problem();
    if (!*exists) return T{};
    auto db = state::StateDb::open_for_writing(context.state_file);
    if (!db) return db.problem();
    return f(**db);
}

void print_mentions(const Context& context, const std::vector<people::RegistryMention>& mentions) {
    for (const auto& mention : mentions) {
        context.print((mention.settings ? context.tr(Msg::person_mention_settings, mention.place)
                                        : context.tr(Msg::person_mention, mention.place, mention.id)) +
                      "\n");
    }
}

std::string indented(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        const auto line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        out += "  " + line + "\n";
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

int show(Context& context, const Options& options) {
    {
        const auto gathered = gather(context, options.email);
        if (!gathered) return context.fail(gathered.problem());
        const auto& record = *gathered;
        context.print(record.email + "\n\n" + context.tr(Msg::person_in_registry) + "\n");
        if (record.registry.empty()) context.print(context.tr(Msg::person_nothing) + "\n");
        print_mentions(context, record.registry);
        context.print("\n" + context.tr(Msg::person_in_state) + "\n");
        const auto& rows = record.state;
        if (rows.registrations.empty() && rows.attendance.empty() && rows.reminders.empty()) {
            context.print(context.tr(Msg::person_nothing) + "\n");
            return exit_code::ok;
        }
        const render::TableStyle plain{false};
        if (!rows.registrations.empty()) {
            context.print(context.tr(Msg::person_registrations) + "\n");
            context.print(indented(render::to_text_table(
                people::person_registrations_table(rows.registrations, context.registry()), context.language, plain)));
        }
        if (!rows.attendance.empty()) {
            context.print(context.tr(Msg::person_attendance) + "\n");
            for (const auto& row : rows.attendance) {
                const auto meeting = people::target_label(context.registry(), row.meeting);
                context.print((row.walk_in ? context.tr(Msg::person_walk_in_at, meeting)
                                           : context.tr(Msg::person_present_at, meeting)) +
                              "\n");
            }
        }
        if (!rows.reminders.empty()) {
            context.print(context.tr(Msg::person_reminders) + "\n");
            context.print(indented(render::to_text_table(report::reminder_log_table(rows.reminders, context.language),
                                                         context.language, plain)));
        }
        return exit_code::ok;
    }
}

int export_json(Context& context, const Options& options) {
    const auto record = gather(context, options.email);
    if (!record) return context.fail(record.problem());
    return context.emit(render::person_json(*record), options.path);
}

int erase(Context& context, const Options& options) {
    {
        const auto mentions = people::registry_mentions(context.registry(), options.email);
        const auto done = on_existing_state<state::Erased>(context, [&](state::StateDb& db) {
            return state::erase_person(db, options.email, people::person_ids(mentions));
        });
        if (!done) return context.fail(done.problem());
        const auto& erased = *done;
        if (erased.total() == 0) {
            context.print(context.tr(Msg::erase_absent, options.email) + "\n");
        } else {
            context.print(context.tr(Msg::erase_done, static_cast<std::int64_t>(erased.registrations),
                                     static_cast<std::int64_t>(erased.attendance),
                                     static_cast<std::int64_t>(erased.reminders)) +
                          "\n");
        }
        // Snapshots of the registry (lib/snapshot) hold its contacts: every
        // one that holds the address goes, of whatever registry.
        if (const auto folder = folder_to_clean(context.options); !folder.empty()) {
            const auto removed = snapshot::remove_holding(folder, options.email);
            if (removed > 0) {
                context.print(context.tr(Msg::erase_cache_removed, static_cast<std::int64_t>(removed)) + "\n");
            }
        }
        if (!mentions.empty()) {
            context.print(context.tr(Msg::erase_registry_left) + "\n");
            for (const auto& mention : mentions) {
                context.print((mention.settings ? context.tr(Msg::erase_edit_settings, mention.place)
                                                : context.tr(Msg::erase_edit_person, mention.place, mention.id)) +
                              "\n");
            }
            context.print(context.tr(Msg::erase_published_copies) + "\n");
        }
        return exit_code::ok;
    }
}

int prune(Context& context) {
    {
        const int months = context.registry().settings.retention_months;
        const auto done = on_existing_state<state::Pruned>(context, [&](state::StateDb& db) {
            auto pruned = people::prune_expired(context.registry(), db, context.today, months);
            if (pruned && pruned->total() > 0) {
                if (auto vacuumed = db.vacuum(); !vacuumed) return catalog::Result<state::Pruned>(vacuumed.problem());
            }
            return pruned;
        });
        if (!done) return context.fail(done.problem());
        const auto& pruned = *done;
        context.print(context.tr(Msg::prune_done, static_cast<std::int64_t>(pruned.registrations),
                                 static_cast<std::int64_t>(pruned.attendance), static_cast<std::int64_t>(pruned.counts),
                                 static_cast<std::int64_t>(pruned.reminders), std::int64_t{months}) +
                      "\n");
        return exit_code::ok;
    }
}

constexpr render::Format kJsonOnly[] = {render::Format::json};

std::shared_ptr<Options> add_email(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("EMAIL", options->email), i18n::Msg::help_person_email)->required();
    return options;
}

}  // namespace

// The commands of the groups "person" and "state" (cli/commands.cpp).
Runner define_person_show(CLI::App& command) {
    auto options = add_email(command);
    return [options](Context& context) { return show(context, *options); };
}

Runner define_person_export(CLI::App& command) {
    auto options = add_email(command);
    add_format_option(command, options->format, kJsonOnly);
    add_output_option(command, options->path);
    return [options](Context& context) { return export_json(context, *options); };
}

Runner define_person_erase(CLI::App& command) {
    auto options = add_email(command);
    return [options](Context& context) { return erase(context, *options); };
}

Runner define_state_prune(CLI::App&) {
    return [](Context& context) { return prune(context); };
}

}  // namespace netadmin::cli
