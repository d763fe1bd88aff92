// The printable sign-in sheet (see sign_in_sheet.hpp).
#include "render/sign_in_sheet.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "render/html_escape.hpp"

#include <algorithm>
#include <cstdint>

namespace netadmin::render {
namespace {

using i18n::Msg;

std::string place_of(const model::Registry& registry, const model::Meeting& meeting) {
    if (const auto* venue = registry.venue(meeting.venue)) return venue->name;
    return meeting.place;
}

void page(std::string& out, const std::string& heading, const std::string& when, std::size_t number, std::size_t pages,
          const std::vector<people::SignInRow>& rows, std::size_t first, i18n::Language language) {
    out += "<section class=\"page\">\n<h1>" + html_escape(heading) + "</h1>\n<p>" + html_escape(when) +
           "</p>\n<table>\n<thead><tr><th scope=\"col\">#</th><th>" + html_escape(i18n::text(language, Msg::col_name)) +
           "</th><th>" + html_escape(i18n::text(language, Msg::col_workplace)) + "</th><th>" +
           html_escape(i18n::text(language, Msg::att_col_signature)) + "</th></tr></thead>\n<tbody>\n";
    const auto last = std::min(rows.size(), first + people::kNamesPerPage);
    for (std::size_t i = first; i < last; ++i) {
        out += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + html_escape(rows[i].name) + "</td><td>" +
               html_escape(rows[i].workplace) + "</td><td class=\"sign\"></td></tr>\n";
    }
    out += "</tbody>\n</table>\n<p class=\"foot\">" +
           html_escape(i18n::format(language, Msg::att_page, static_cast<std::int64_t>(number),
                                    static_cast<std::int64_t>(pages))) +
           "</p>\n</section>\n";
}

}  // namespace

std::string sign_in_sheet_html(const model::Registry& registry, const model::Meeting& meeting,
                               const std::vector<people::SignInRow>& rows, i18n::Language language) {
    const auto heading = i18n::format(language, Msg::att_sheet_title, meeting.title);
    std::string when = meeting.date ? i18n::format_fuzzy_date(language, *meeting.date, true)
                                    : std::string(i18n::text(language, Msg::date_not_set));
    const auto place = place_of(registry, meeting);
    if (!place.empty()) when += ", " + place;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(language == i18n::Language::sv ? "sv" : "en") +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(heading) +
                      "</title>\n<style>\n"
                      "body { font-family: sans-serif; }\n"
                      "table { border-collapse: collapse; width: 100%; }\n"
                      "th, td { border: 1px solid #444; padding: 0.3em 0.5em; text-align: left; }\n"
                      "td.sign { width: 40%; }\n"
                      ".page { break-after: page; page-break-after: always; }\n"
                      ".page:last-child { break-after: auto; page-break-after: auto; }\n"
                      "</style>\n</head>\n<body>\n<main>\n";
    const auto pages = std::max<std::size_t>(1, (rows.size() + people::kNamesPerPage - 1) / people::kNamesPerPage);
    for (std::size_t number = 1; number <= pages; ++number) {
        page(out, heading, when, number, pages, rows, (number - 1) * people::kNamesPerPage, language);
    }
    if (rows.empty()) out += "<p>" + html_escape(i18n::text(language, Msg::att_no_names)) + "</p>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace netadmin::render
