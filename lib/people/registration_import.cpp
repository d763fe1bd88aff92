// Planning a registration import (see registration_import.hpp).
#include "people/registration_import.hpp"

#include "people/workplace.hpp"
#include "util/email.hpp"

#include <array>
#include <map>

namespace netadmin::people {
namespace {

using i18n::Msg;

const std::array<csv::ColumnSpec, 7> kColumns{{
    {"name", {"name", "namn", "deltagare", "participant"}, false},
    {"first_name", {"first_name", "förnamn", "first name", "given name"}, false},
    {"last_name", {"last_name", "efternamn", "last name", "surname", "family name"}, false},
    {"email", {csv::kEmailNames.begin(), csv::kEmailNames.end()}, true},
    {"workplace", {"workplace", "arbetsplats", "centre", "enhet", "verksamhet"}, false},
    {"municipality", {"municipality", "kommun"}, false},
    {"registered", {"registered", "anmäld", "anmälningsdatum", "registration date", "datum", "date"}, false},
}};

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

csv::Problem at(const csv::Table& table, const csv::Row& row, std::size_t column, csv::Problem problem) {
    return csv::at(std::move(problem), table.file, row.number, column == 0 ? 1 : column);
}

std::string id_list(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "'" : ", '") + id + "'";
    return out;
}

catalog::Location cell_of(const csv::Table& table, const csv::Row& row, std::size_t column) {
    return {table.file, static_cast<std::uint32_t>(row.number), static_cast<std::uint32_t>(column == 0 ? 1 : column)};
}

// The row's centre from its workplace (its cell at `where`): a match sets
// the centre and its municipality; none is a warning; several are an error,
// and false.
bool place(const model::Registry& registry, const catalog::Location& where, state::RegistrationRow& out,
           RegistrationImport& plan) {
    const auto match = match_workplace(registry, out.workplace, out.municipality);
    if (!match.ambiguous.empty()) {
        plan.errors.push_back(
            csv::Problem(Msg::err_reg_ambiguous_workplace, out.workplace, id_list(match.ambiguous)).at(where));
        return false;
    }
    if (match.centre != nullptr) {
        out.centre = match.centre->id;
        const auto name = municipality_name(registry, *match.centre);
        if (!name.empty()) out.municipality = name;
    } else if (!out.workplace.empty()) {
        auto warning = csv::Problem(Msg::warn_reg_unmatched_workplace, out.workplace).as_warning().at(where);
        if (match.suggestion) warning = std::move(warning).with_suggestions({*match.suggestion});
        plan.warnings.push_back(std::move(warning));
    }
    return true;
}

}  // namespace

std::span<const csv::ColumnSpec> registration_columns() { return kColumns; }

catalog::Result<std::string> registration_date(std::string_view cell, const time::CivilDate& today) {
    const auto text = trimmed(cell);
    if (text.empty()) return time::to_iso(today);
    if (const auto date = time::parse_iso_date_time_day(text)) return time::to_iso(*date);
    return csv::Problem(Msg::err_reg_bad_date, text);
}

std::string registration_name(std::string_view name, std::string_view first, std::string_view last) {
    auto out = trimmed(name);
    if (!out.empty()) return out;
    out = trimmed(first);
    const auto family = trimmed(last);
    if (!out.empty() && !family.empty()) out += ' ';
    return out + family;
}

RegistrationImport plan_registrations(const csv::Table& table, const csv::Columns& columns,
                                      const model::Registry& registry, const std::string& target,
                                      const time::CivilDate& today) {
    RegistrationImport plan;
    std::map<std::string, std::size_t> seen;  // e-mail key -> first row
    for (const auto& row : table.rows) {
        state::RegistrationRow out;
        out.target = target;
        out.email = trimmed(columns.get(row, "email"));
        out.name =
            registration_name(columns.get(row, "name"), columns.get(row, "first_name"), columns.get(row, "last_name"));
        out.workplace = trimmed(columns.get(row, "workplace"));
        out.municipality = trimmed(columns.get(row, "municipality"));
        auto registered = registration_date(columns.get(row, "registered"), today);
        const auto email_column = columns.column("email");
        if (out.email.empty()) {
            plan.errors.push_back(at(table, row, email_column, csv::Problem(Msg::err_reg_no_email)));
            continue;
        }
        if (!util::is_valid_email(out.email)) {
            plan.errors.push_back(at(table, row, email_column, csv::Problem(Msg::err_reg_bad_email, out.email)));
            continue;
        }
        const auto [first, fresh] = seen.emplace(state::email_key(out.email), row.number);
        if (!fresh) {
            plan.errors.push_back(
                at(table, row, email_column,
                   csv::Problem(Msg::err_reg_duplicate_email, out.email, static_cast<std::int64_t>(first->second))));
            continue;
        }
        if (!registered) {
            plan.errors.push_back(at(table, row, columns.column("registered"), registered.problem()));
            continue;
        }
        out.registered_on = std::move(*registered);
        if (place(registry, cell_of(table, row, columns.column("workplace")), out, plan)) {
            plan.rows.push_back(std::move(out));
        }
    }
    // Rows whose bytes are not text are errors too (csv::Table::problems).
    plan.errors = csv::by_row(table.problems, std::move(plan.errors));
    return plan;
}

}  // namespace netadmin::people
