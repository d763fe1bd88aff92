// Building blocks shared by the report layouts: translated words, people,
// meetings and resources as lines and facts. Internal to render/.
#pragma once

#include "i18n/catalog.hpp"
#include "render/document.hpp"
#include "render/report_layout.hpp"
#include "report/parts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace netadmin::render::layout {

std::string tr(const LayoutOptions& options, i18n::Msg msg, std::initializer_list<i18n::MsgArg> args = {});
std::string join(const std::vector<std::string>& items, const std::string& separator = ", ");
// "maj 2018 – 4 juni 2019", "från 2018", "" when neither end is known.
std::string period(const LayoutOptions& options, const std::optional<time::FuzzyDate>& starts,
                   const std::optional<time::FuzzyDate>& ends);
// Known data words ("yearly", "training") translated; anything else as written.
std::string word(const LayoutOptions& options, const std::string& data_word);
// "Åsa Ranung, Leder Familjecentraldialogen, Aktiv Samhällsutveckling AB", with a mailto link.
Line person_line(const report::PersonPart& person);
Line resource_line(const LayoutOptions& options, const report::ResourcePart& resource);
std::string meeting_date(const LayoutOptions& options, const report::MeetingPart& meeting);
std::string meeting_status(const LayoutOptions& options, const report::MeetingPart& meeting);
// Date, time, place, theme, invited, speakers … of one meeting, followed by its summary paragraph
// and its files; appended to `document` under a heading of `level`.
void add_meeting(Document& document, const LayoutOptions& options, const report::MeetingPart& meeting, int level);
// The "Contacts" and "Files and links" sections of a report, each left out when empty.
void add_contacts_and_resources(Document& document, const LayoutOptions& options,
                                const std::vector<report::PersonPart>& contacts,
                                const std::vector<report::ResourcePart>& resources);
void add_footer(Document& document, const LayoutOptions& options);
void add_navigation(Document& document, const LayoutOptions& options);

}  // namespace netadmin::render::layout
