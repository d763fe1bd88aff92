// netadmin attendance record MEETING (--present EMAIL[,EMAIL]… | --import FILE.csv | --count N) [--force]
// Who was at a meeting, in the state database. A person present without a
// registration for the meeting or its programme is recorded as a walk-in.
// A cancelled meeting takes no attendance; one whose day has not come takes
// it only with --force. Recording the same again changes nothing.
#include "command_line.hpp"
#include "commands.hpp"
#include "participants.hpp"

#include "model/count.hpp"
#include "people/attendance.hpp"
#include "state/participants.hpp"
#include "util/email.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    std::string meeting;
    std::vector<std::string> present;
    std::string file;
    std::string count;
    bool force = false;
};

std::vector<std::string> targets_of(const model::Meeting& meeting) {
    std::vector<std::string> targets{meeting.id};
    if (!meeting.programme.empty()) targets.push_back(meeting.programme);
    return targets;
}

std::optional<int> refuse(const Context& context, const model::Meeting& meeting, bool force) {
    if (meeting.status == model::MeetingStatus::cancelled) {
        context.error(context.tr(i18n::Msg::err_att_cancelled, meeting.id));
        return exit_code::data_error;
    }
    if (!force && meeting.date && meeting.date->first_day() > context.today) {
        context.error(context.tr(i18n::Msg::err_att_future, meeting.id, time::to_iso(meeting.date->first_day())));
        return exit_code::data_error;
    }
    return std::nullopt;
}

int record_count(Context& context, const model::Meeting& meeting, const std::string& count) {
    if (!model::parse_count(count)) return context.usage_error(context.tr(i18n::Msg::err_att_bad_count, count));
    auto db = open_state_for_writing(context);
    if (!db) return context.fail(db.problem());
    if (auto recorded = state::Participants(**db).record_count(meeting.id, count, context.now); !recorded) {
        return context.fail(recorded.problem());
    }
    (*db)->checkpoint();
    context.print(context.tr(i18n::Msg::att_count_recorded, count, meeting.id) + "\n");
    return exit_code::ok;
}

// An address of the command line is a command-line error, not the file's.
std::optional<int> check_addresses(const Context& context, const std::vector<std::string>& present) {
    for (const auto& address : present) {
        if (!util::is_valid_email(address)) {
            return context.usage_error(context.tr(i18n::Msg::err_reg_bad_email, address));
        }
    }
    return std::nullopt;
}

int record(Context& context, const Options& options) {
    const model::Meeting* meeting = nullptr;
    if (auto problem = resolve_meeting(context, options.meeting, meeting)) return *problem;
    const auto present = people::split_addresses(options.present);
    const int given = (present.empty() ? 0 : 1) + (options.file.empty() ? 0 : 1) + (options.count.empty() ? 0 : 1);
    if (given != 1) return context.usage_error(context.tr(i18n::Msg::err_att_one_source));
    if (auto problem = check_addresses(context, present)) return *problem;
    if (auto problem = refuse(context, *meeting, options.force)) return *problem;
    if (!options.count.empty()) return record_count(context, *meeting, options.count);

    std::optional<csv::Result<csv::Table>> read;
    if (!options.file.empty()) {
        read = csv::read_file(options.file, options.file);
        if (!*read) {
            print_located(csv::render(read->problem(), context.language));
            return exit_code::data_error;
        }
    }
    {
        auto db = open_state_for_writing(context);
        if (!db) return context.fail(db.problem());
        state::Participants participants(**db);
        const auto read_registered = participants.registrations(targets_of(*meeting));
        if (!read_registered) return context.fail(read_registered.problem());
        const auto& registered = *read_registered;
        people::AttendancePlan plan;
        if (read) {
            const auto& table = read->value();
            const auto columns = csv::map_columns(table, people::attendance_columns());
            if (!columns) {
                print_located(csv::render(columns.problem(), context.language));
                return exit_code::data_error;
            }
            plan = people::plan_attendance(table, *columns, meeting->id, registered);
        } else {
            plan = people::plan_present(present, meeting->id, registered);
        }
        if (!plan.errors.empty()) {
            for (const auto& error : plan.errors) print_located(csv::render(error, context.language));
            context.error(context.tr(i18n::Msg::reg_nothing_imported, static_cast<std::int64_t>(plan.errors.size())));
            return exit_code::data_error;
        }
        const auto recorded = participants.record_attendance(plan.rows, context.now);
        if (!recorded) return context.fail(recorded.problem());
        const auto& summary = *recorded;
        (*db)->checkpoint();
        std::int64_t walk_ins = 0;
        for (const auto& row : plan.rows) walk_ins += row.walk_in ? 1 : 0;
        context.print(
            context.tr(i18n::Msg::att_recorded, static_cast<std::int64_t>(plan.rows.size()), meeting->id, walk_ins) +
            "\n");
        context.print(context.tr(i18n::Msg::reg_import_summary, static_cast<std::int64_t>(summary.added),
                                 static_cast<std::int64_t>(summary.updated),
                                 static_cast<std::int64_t>(summary.unchanged)) +
                      "\n");
        return exit_code::ok;
    }
}

}  // namespace

// The command of the group "attendance" (cli/commands.cpp).
Runner define_attendance_record(CLI::App& command) {
    auto options = std::make_shared<Options>();
    auto* record_command = &command;
    help_from_catalogue(record_command->add_option("MEETING", options->meeting), i18n::Msg::help_meeting_id)
        ->required();
    help_from_catalogue(record_command->add_option("--present", options->present), i18n::Msg::help_attendance_present)
        ->type_name("EMAIL");
    help_from_catalogue(record_command->add_option("--import", options->file), i18n::Msg::help_attendance_import)
        ->type_name("FILE");
    help_from_catalogue(record_command->add_option("--count", options->count), i18n::Msg::help_attendance_count)
        ->type_name("N");
    help_from_catalogue(record_command->add_flag("--force", options->force), i18n::Msg::help_attendance_force);
    return [options](Context& context) { return record(context, *options); };
}

}  // namespace netadmin::cli
