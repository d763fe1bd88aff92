// Shared pieces of the report layouts (render/layout_parts.hpp).
#include "render/layout_parts.hpp"

#include "i18n/dates.hpp"
#include "labels/frequency.hpp"
#include "labels/labels.hpp"
#include "labels/numbers.hpp"
#include "model/vocabulary.hpp"

#include <algorithm>
#include <map>

namespace netadmin::render::layout {

using i18n::Msg;

std::string runtime_tr(const LayoutOptions& options, Msg msg, std::initializer_list<i18n::MsgArg> args) {
    return i18n::runtime_format(options.language, msg, std::span<const i18n::MsgArg>(args.begin(), args.size()));
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string period(const LayoutOptions& options, const std::optional<time::FuzzyDate>& starts,
                   const std::optional<time::FuzzyDate>& ends) {
    const auto from = starts ? i18n::format_fuzzy_date(options.language, *starts) : "";
    const auto to = ends ? i18n::format_fuzzy_date(options.language, *ends) : "";
    if (!from.empty() && !to.empty()) return from + " – " + to;
    if (!from.empty()) return tr(options, Msg::rpt_since, from);
    if (!to.empty()) return tr(options, Msg::rpt_until, to);
    return "";
}

std::string word(const LayoutOptions& options, const std::string& data_word) {
    static const std::map<std::string, Msg> words = {
        {"training", Msg::rpt_word_training},
        {"dialogue", Msg::rpt_word_dialogue},
        {"supervision", Msg::rpt_word_supervision},
    };
    const auto found = words.find(data_word);
    if (found != words.end()) return runtime_tr(options, found->second);
    // How often a network meets, in either language (labels/frequency.hpp).
    if (const auto frequency = labels::frequency_label(data_word)) return runtime_tr(options, *frequency);
    return data_word;
}

// A person is named first; one known only by address is shown by the
// address, then the role. On published pages the address and phone only
// with the person's leave (`publish_contact`); someone left with nothing
// to show is said to be withheld.
Line person_line(const LayoutOptions& options, const report::PersonPart& person) {
    const bool contact = !options.published || person.publish_contact;
    const auto& email = contact ? person.email : std::string();
    const auto& phone = contact ? person.phone : std::string();
    Line line;
    if (person.has_name)
        line.push_back({person.name});
    else if (!email.empty())
        line.push_back({email, "mailto:" + email});
    const std::pair<std::string_view, const std::string*> details[] = {{"role", &person.role},
                                                                       {"organisation", &person.organisation}};
    for (const auto& [key, value] : details) {
        const auto text = maybe_inferred(options, person.inference, key, *value);
        if (!text.empty()) line.push_back({(line.empty() ? "" : ", ") + text});
    }
    if (person.has_name && !email.empty()) {
        line.push_back({" – "});
        line.push_back({email, "mailto:" + email});
    }
    if (!phone.empty()) line.push_back({(line.empty() ? "" : ", ") + phone});
    if (line.empty()) line.push_back({tr(options, Msg::rpt_contact_withheld), "", false, true});
    return line;
}

Line resource_line(const LayoutOptions& options, const report::ResourcePart& resource) {
    Line line;
    line.push_back({resource.title, resource.url, true});
    std::vector<std::string> details;
    if (!resource.description.empty()) details.push_back(resource.description);
    if (!resource.format.empty()) details.push_back(tr(options, Msg::rpt_file_format, resource.format));
    if (!resource.author.empty()) details.push_back(tr(options, Msg::rpt_by, resource.author));
    if (!resource.meeting.empty()) details.push_back(tr(options, Msg::rpt_from_meeting, resource.meeting));
    if (!details.empty()) line.push_back({" – " + join(details, "; ")});
    if (resource.url.empty()) {
        const auto missing = resource.kind == model::ResourceKind::file && !resource.path.empty()
                                 ? tr(options, Msg::rpt_file_at, resource.path)
                                 : tr(options, Msg::rpt_address_not_known);
        line.push_back({" "});
        line.push_back({"(" + missing + ")", "", false, true});
    }
    return line;
}

void add_contacts_and_resources(Document& document, const LayoutOptions& options,
                                const std::vector<report::PersonPart>& contacts,
                                const std::vector<report::ResourcePart>& resources) {
    if (!contacts.empty()) {
        document.heading(2, tr(options, i18n::Msg::rpt_contacts), "contacts");
        std::vector<Line> items;
        items.reserve(contacts.size());
        for (const auto& contact : contacts) items.push_back(person_line(options, contact));
        document.list(std::move(items));
    }
    if (!resources.empty()) {
        document.heading(2, tr(options, i18n::Msg::rpt_resources), "resources");
        std::vector<Line> items;
        items.reserve(resources.size());
        for (const auto& resource : resources) items.push_back(resource_line(options, resource));
        document.list(std::move(items));
    }
}

std::string meeting_date(const LayoutOptions& options, const report::MeetingPart& meeting) {
    const auto& date = meeting.entity->date;
    if (!date) return tr(options, Msg::rpt_date_not_set_yet);
    return i18n::format_fuzzy_date(options.language, *date, date->has_day());
}

// One word for one state: "held" only when recorded; a passed date without
// a record says so; the next meeting is "next" wherever it appears.
std::string meeting_status(const LayoutOptions& options, const report::MeetingPart& meeting) {
    if (meeting.cancelled) return tr(options, Msg::status_cancelled);
    if (meeting.held) return tr(options, Msg::rpt_status_held);
    if (meeting.date_passed) return tr(options, Msg::rpt_status_not_recorded);
    if (meeting.next) return tr(options, Msg::rpt_status_next);
    if (meeting.entity->status == model::MeetingStatus::moved) return tr(options, Msg::rpt_status_moved);
    if (!meeting.entity->date) return tr(options, Msg::rpt_status_planned);
    return tr(options, Msg::rpt_status_coming);
}

std::string maybe_inferred(const LayoutOptions& options, const report::InferencePart& inference, std::string_view key,
                           const std::string& value) {
    if (value.empty() || !inference.has(key)) return value;
    return tr(options, Msg::rpt_probably, value);
}

void add_inference_note(Document& document, const LayoutOptions& options, const report::InferencePart& inference) {
    if (inference.keys.empty() || inference.note.empty()) return;
    document.paragraph(Line{Span{tr(options, Msg::rpt_inference_note, inference.note), "", false, true}});
}

namespace {

Line source_line(const LayoutOptions& options, const report::SourcePart& source) {
    Line line;
    line.push_back({source.title, source.url, true});
    std::vector<std::string> details;
    if (!source.publisher.empty()) details.push_back(source.publisher);
    const bool inferred =
        std::find(source.inferred.begin(), source.inferred.end(), "published") != source.inferred.end();
    if (source.published) {
        auto date = i18n::format_fuzzy_date(options.language, *source.published);
        if (inferred) date = tr(options, Msg::rpt_probably, date);
        details.push_back(tr(options, Msg::rpt_source_published, date));
    }
    if (source.accessed)
        details.push_back(
            tr(options, Msg::rpt_source_accessed, i18n::format_fuzzy_date(options.language, *source.accessed)));
    if (!details.empty()) line.push_back({" – " + join(details, ", ")});
    return line;
}

}  // namespace

void add_sources(Document& document, const LayoutOptions& options, const std::vector<report::SourcePart>& sources) {
    if (sources.empty()) return;
    document.heading(2, tr(options, Msg::rpt_sources), "sources");
    std::vector<Line> items;
    items.reserve(sources.size());
    for (const auto& source : sources) items.push_back(source_line(options, source));
    document.list(std::move(items));
}

namespace {

std::vector<Fact> meeting_facts(const LayoutOptions& options, const report::MeetingPart& part) {
    const auto& meeting = *part.entity;
    std::vector<Fact> facts;
    auto add = [&](Msg label, const std::string& value) {
        if (!value.empty()) facts.push_back({runtime_tr(options, label), Line{Span{value}}});
    };
    add(Msg::rpt_kind, std::string(labels::label_text(options.language, meeting.kind)));
    add(Msg::col_date, meeting_date(options, part));
    add(Msg::col_time, i18n::format_time_range(options.language, meeting.start, meeting.end));
    if (meeting.moved_from) add(Msg::rpt_moved_from, i18n::format_fuzzy_date(options.language, *meeting.moved_from));
    add(Msg::col_status, meeting_status(options, part));
    add(Msg::col_place, part.place);
    add(Msg::rpt_theme, meeting.theme);
    add(Msg::rpt_themes, join(part.themes));
    add(Msg::rpt_invited, meeting.invited);
    std::string participants =
        meeting.participants ? labels::format_count(options.language, *meeting.participants) : "";
    if (!part.participant_organisations.empty()) {
        const auto among = tr(options, Msg::rpt_among_them, join(part.participant_organisations));
        participants += participants.empty() ? among : ", " + among;
    }
    add(Msg::rpt_participants, participants);
    add(Msg::rpt_outcome, meeting.outcome);
    return facts;
}

}  // namespace

void add_meeting(Document& document, const LayoutOptions& options, const report::MeetingPart& meeting, int level) {
    document.heading(level, meeting.entity->title, "meeting-" + meeting.entity->id);
    document.facts(meeting_facts(options, meeting)).compact = true;
    add_inference_note(document, options, meeting.inference);
    if (!meeting.entity->summary.empty()) document.paragraph(meeting.entity->summary);
    if (!meeting.speakers.empty()) {
        document.paragraph(Line{Span{tr(options, Msg::rpt_speakers), "", true}});
        std::vector<Line> items;
        for (const auto& speaker : meeting.speakers) {
            Line item = person_line(options, speaker.person);
            if (!speaker.topic.empty()) item.push_back({": " + speaker.topic});
            items.push_back(std::move(item));
        }
        document.list(std::move(items));
    }
    if (!meeting.resources.empty()) {
        std::vector<Line> items;
        for (const auto& resource : meeting.resources) items.push_back(resource_line(options, resource));
        document.list(std::move(items));
    }
}

void add_footer(Document& document, const LayoutOptions& options, const std::optional<time::FuzzyDate>& as_of) {
    document.footer = as_of ? tr(options, Msg::rpt_footer, i18n::format_fuzzy_date(options.language, *as_of))
                            : tr(options, Msg::rpt_footer_plain);
}

void add_navigation(Document& document, const LayoutOptions& options) {
    for (const auto& page : options.links.navigation) {
        document.navigation.push_back({page.title, page.file == options.links.current_file ? "" : page.file});
    }
}

}  // namespace netadmin::render::layout

namespace netadmin::render {

std::string region_page(const LayoutOptions& options, const std::string& id) {
    return options.links.region_page ? options.links.region_page(id) : "";
}

std::string programme_page(const LayoutOptions& options, const std::string& id) {
    return options.links.programme_page ? options.links.programme_page(id) : "";
}

}  // namespace netadmin::render
