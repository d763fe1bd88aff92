// Sign-in sheets (see sign_in.hpp).
#include "people/sign_in.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "render/html_escape.hpp"
#include "util/collate.hpp"

#include <algorithm>
#include <map>

namespace netadmin::people {
namespace {

using i18n::Msg;
using report::Cell;

std::string place_of(const model::Registry& registry, const model::Meeting& meeting) {
    if (const auto* venue = registry.venue(meeting.venue)) return venue->name;
    return meeting.place;
}

void page(std::string& out, const std::string& heading, const std::string& when, std::size_t number, std::size_t pages,
          const std::vector<SignInRow>& rows, std::size_t first, i18n::Language language) {
    out += "<section class=\"page\">\n<h1>" + render::html_escape(heading) + "</h1>\n<p>" + render::html_escape(when) +
           "</p>\n<table>\n<thead><tr><th></th><th>" + render::html_escape(i18n::text(language, Msg::col_name)) +
           "</th><th>" + render::html_escape(i18n::text(language, Msg::col_workplace)) + "</th><th>" +
           render::html_escape(i18n::text(language, Msg::att_col_signature)) + "</th></tr></thead>\n<tbody>\n";
    const auto last = std::min(rows.size(), first + kNamesPerPage);
    for (std::size_t i = first; i < last; ++i) {
        out += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + render::html_escape(rows[i].name) + "</td><td>" +
               render::html_escape(rows[i].workplace) + "</td><td class=\"sign\"></td></tr>\n";
    }
    out += "</tbody>\n</table>\n<p class=\"foot\">" +
           render::html_escape(i18n::format(language, Msg::att_page,
                                            {static_cast<std::int64_t>(number), static_cast<std::int64_t>(pages)})) +
           "</p>\n</section>\n";
}

}  // namespace

std::vector<SignInRow> sign_in_rows(const model::Registry& registry,
                                    const std::vector<state::RegistrationRow>& registrations,
                                    const std::vector<state::AttendanceRow>& attendance) {
    std::map<std::string, SignInRow> people;  // by e-mail key
    for (const auto& row : registrations) {
        auto& person = people[state::email_key(row.email)];
        const auto* centre = registry.centre(row.centre);
        person.name = row.name;
        person.email = row.email;
        person.workplace = centre != nullptr ? centre->name : row.workplace;
        person.registered = true;
    }
    for (auto& entry : people) entry.second.present = attendance.empty() ? std::nullopt : std::optional<bool>(false);
    for (const auto& row : attendance) {
        auto& person = people[state::email_key(row.email)];
        if (person.email.empty()) person.email = row.email;
        if (person.name.empty()) person.name = row.name;
        person.present = true;
    }
    std::vector<SignInRow> rows;
    for (auto& entry : people) rows.push_back(std::move(entry.second));
    std::stable_sort(rows.begin(), rows.end(), [](const SignInRow& a, const SignInRow& b) {
        const auto order = util::compare_swedish(a.name, b.name);
        return order != 0 ? order < 0 : a.email < b.email;
    });
    return rows;
}

report::Table sign_in_table(const std::vector<SignInRow>& rows, i18n::Language language) {
    report::Table table;
    table.columns = {{"email", Msg::col_email},
                     {"name", Msg::col_name},
                     {"workplace", Msg::col_workplace},
                     {"registered", Msg::rpt_col_registered},
                     {"present", Msg::rpt_col_present}};
    auto yes_no = [&](bool value) {
        return Cell::pair(std::string(i18n::text(language, value ? Msg::yes : Msg::no)), value ? "true" : "false");
    };
    for (const auto& row : rows) {
        table.rows.push_back({Cell::plain(row.email), Cell::plain(row.name), Cell::plain(row.workplace),
                              yes_no(row.registered), row.present ? yes_no(*row.present) : Cell::null()});
    }
    return table;
}

std::string sign_in_html(const model::Registry& registry, const model::Meeting& meeting,
                         const std::vector<SignInRow>& rows, i18n::Language language) {
    const auto heading = i18n::format(language, Msg::att_sheet_title, {meeting.title});
    std::string when = meeting.date ? i18n::format_fuzzy_date(language, *meeting.date, true)
                                    : std::string(i18n::text(language, Msg::date_not_set));
    const auto place = place_of(registry, meeting);
    if (!place.empty()) when += ", " + place;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(language == i18n::Language::sv ? "sv" : "en") +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + render::html_escape(heading) +
                      "</title>\n<style>\n"
                      "body { font-family: sans-serif; }\n"
                      "table { border-collapse: collapse; width: 100%; }\n"
                      "th, td { border: 1px solid #444; padding: 0.3em 0.5em; text-align: left; }\n"
                      "td.sign { width: 40%; }\n"
                      ".page { break-after: page; page-break-after: always; }\n"
                      ".page:last-child { break-after: auto; page-break-after: auto; }\n"
                      "</style>\n</head>\n<body>\n";
    const auto pages = std::max<std::size_t>(1, (rows.size() + kNamesPerPage - 1) / kNamesPerPage);
    for (std::size_t number = 1; number <= pages; ++number) {
        page(out, heading, when, number, pages, rows, (number - 1) * kNamesPerPage, language);
    }
    if (rows.empty()) out += "<p>" + render::html_escape(i18n::text(language, Msg::att_no_names)) + "</p>\n";
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace netadmin::people
