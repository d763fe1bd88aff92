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

template <typename... Args>
std::string tr(const LayoutOptions& options, catalog::Checked<Args...> msg, Args&&... args) {
    return i18n::format(options.language, msg, std::forward<Args>(args)...);
}
// A key chosen at run time (a heading from a table, a fact's label): its
// arguments are not checked when compiling.
std::string runtime_tr(const LayoutOptions& options, i18n::Msg msg, std::initializer_list<i18n::MsgArg> args = {});
std::string join(const std::vector<std::string>& items, const std::string& separator = ", ");
// "maj 2018 – 4 juni 2019", "från 2018", "" when neither end is known.
std::string period(const LayoutOptions& options, const std::optional<time::FuzzyDate>& starts,
                   const std::optional<time::FuzzyDate>& ends);
// Known data words ("training") and frequencies ("yearly", "en gång om året")
// translated; anything else as written.
std::string word(const LayoutOptions& options, const std::string& data_word);
// "Åsa Ranung, Aktiv Samhällsutveckling AB", with a mailto link; an inferred role
// or organisation reads "troligen …".
Line person_line(const LayoutOptions& options, const report::PersonPart& person);
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
// "probably X" when `key` is among the inferred fields, else X as it is.
std::string maybe_inferred(const LayoutOptions& options, const report::InferencePart& inference, std::string_view key,
                           const std::string& value);
// The evidence of an entity's inferences, as a paragraph; nothing when it has none.
void add_inference_note(Document& document, const LayoutOptions& options, const report::InferencePart& inference);
// The "Sources" section: every source the report shows, with its date.
void add_sources(Document& document, const LayoutOptions& options, const std::vector<report::SourcePart>& sources);
// The footer, with the date the facts hold when it is known (never today's date).
void add_footer(Document& document, const LayoutOptions& options, const std::optional<time::FuzzyDate>& as_of);
void add_navigation(Document& document, const LayoutOptions& options);

}  // namespace netadmin::render::layout
