// Planning attendance (see attendance.hpp).
#include "people/attendance.hpp"

#include "util/email.hpp"
#include "util/utf8.hpp"

#include <array>
#include <map>

namespace netadmin::people {
namespace {

using i18n::Msg;

const std::array<csv::ColumnSpec, 4> kColumns{{
    {"name", {"name", "namn", "deltagare", "participant"}, false},
    {"email", {csv::kEmailNames.begin(), csv::kEmailNames.end()}, true},
    {"present", {"present", "närvarande", "närvaro", "attended"}, false},
    {"workplace", {"workplace", "arbetsplats", "centre", "enhet", "verksamhet"}, false},
}};

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

bool marked(std::string_view cell) {
    const auto word = util::to_lower(trimmed(cell));
    return word == "x" || word == "ja" || word == "yes" || word == "1" || word == "true" || word == "j" || word == "y";
}

class Planner {
public:
    Planner(const std::string& meeting, const std::vector<state::RegistrationRow>& registered) : meeting_(meeting) {
        for (const auto& row : registered) names_.emplace(state::email_key(row.email), row.name);
    }

    // The row added to the plan, or its problem (without its place).
    catalog::Status add(const std::string& email, const std::string& name, std::size_t place) {
        if (email.empty()) return csv::Problem(Msg::err_reg_no_email);
        if (!util::is_valid_email(email)) return csv::Problem(Msg::err_reg_bad_email, email);
        const auto key = state::email_key(email);
        const auto [first, fresh] = seen_.emplace(key, place);
        if (!fresh) return csv::Problem(Msg::err_reg_duplicate_email, email, static_cast<std::int64_t>(first->second));
        const auto registration = names_.find(key);
        const bool walk_in = registration == names_.end();
        plan.rows.push_back({meeting_, email, name.empty() && !walk_in ? registration->second : name, walk_in});
        return {};
    }

    AttendancePlan plan;

private:
    std::string meeting_;
    std::map<std::string, std::string> names_;
    std::map<std::string, std::size_t> seen_;
};

}  // namespace

std::span<const csv::ColumnSpec> attendance_columns() { return kColumns; }

AttendancePlan plan_attendance(const csv::Table& table, const csv::Columns& columns, const std::string& meeting,
                               const std::vector<state::RegistrationRow>& registered) {
    Planner planner(meeting, registered);
    const bool has_present = columns.has("present");
    for (const auto& row : table.rows) {
        if (has_present && !marked(columns.get(row, "present"))) continue;
        const auto added =
            planner.add(trimmed(columns.get(row, "email")), trimmed(columns.get(row, "name")), row.number);
        if (!added)
            planner.plan.errors.push_back(csv::at(added.problem(), table.file, row.number, columns.column("email")));
    }
    // Rows whose bytes are not text are errors too (csv::Table::problems).
    planner.plan.errors = csv::by_row(table.problems, std::move(planner.plan.errors));
    return std::move(planner.plan);
}

std::vector<std::string> split_addresses(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const auto& word : words) {
        std::string piece;
        for (const char c : word) {
            if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!piece.empty()) out.push_back(std::move(piece));
                piece.clear();
            } else {
                piece += c;
            }
        }
        if (!piece.empty()) out.push_back(std::move(piece));
    }
    return out;
}

AttendancePlan plan_present(const std::vector<std::string>& emails, const std::string& meeting,
                            const std::vector<state::RegistrationRow>& registered) {
    Planner planner(meeting, registered);
    for (std::size_t i = 0; i < emails.size(); ++i) {
        const auto added = planner.add(trimmed(emails[i]), {}, i + 1);
        // The same address twice on a command line is one person, not a mistake to refuse.
        if (!added && added.problem().msg() != Msg::err_reg_duplicate_email) {
            planner.plan.errors.push_back(csv::at(added.problem(), "--present", 0, 0));
        }
    }
    return std::move(planner.plan);
}

}  // namespace netadmin::people
