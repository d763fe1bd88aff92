// netadmin report attendance MEETING [--format html|csv|json] [--output FILE]
// The sign-in sheet to print (html) or the list of registered and present
// people (csv, json). Reads the state database when it exists; never creates it.
#include "command_line.hpp"
#include "commands.hpp"
#include "participants.hpp"

#include "people/sign_in.hpp"
#include "render/format.hpp"
#include "render/sign_in_sheet.hpp"
#include "state/participants.hpp"

namespace netadmin::cli {
namespace {

// The sheet to print, and its rows for scripts.
constexpr render::Format kAttendanceFormats[] = {render::Format::html, render::Format::csv, render::Format::json};

struct Options {
    std::string meeting;
    ListingOutput output;
};

std::vector<std::string> targets_of(const model::Meeting& meeting) {
    std::vector<std::string> targets{meeting.id};
    if (!meeting.programme.empty()) targets.push_back(meeting.programme);
    return targets;
}

}  // namespace

Runner define_report_attendance(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("MEETING", options->meeting), i18n::Msg::help_meeting_id)->required();
    add_listing_options(command, options->output, kAttendanceFormats);
    return [options](Context& context) {
        const model::Meeting* meeting = nullptr;
        if (auto problem = resolve_meeting(context, options->meeting, meeting)) return *problem;
        {
            auto db = open_state_for_reading(context);
            if (!db) return context.fail(db.problem());
            std::vector<state::RegistrationRow> registrations;
            std::vector<state::AttendanceRow> attendance;
            if (*db) {
                state::Participants participants(**db);
                auto read_registrations = participants.registrations(targets_of(*meeting));
                if (!read_registrations) return context.fail(read_registrations.problem());
                auto read_attendance = participants.attendance(meeting->id);
                if (!read_attendance) return context.fail(read_attendance.problem());
                registrations = std::move(*read_registrations);
                attendance = std::move(*read_attendance);
            }
            const auto rows = people::sign_in_rows(context.registry(), registrations, attendance);
            const auto format = *render::parse_format(options->output.format);
            if (format == render::Format::html) {
                return context.emit(render::sign_in_sheet_html(context.registry(), *meeting, rows, context.language),
                                    options->output.path);
            }
            const auto text =
                render::render_table(people::sign_in_table(rows, context.language), format, context.language);
            if (!text) return context.usage_error(text.problem());
            return context.emit(*text, options->output.path);
        }
    };
}

}  // namespace netadmin::cli
