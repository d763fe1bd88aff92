// The programme report laid out for people, in the order of an invitation:
// what and why, themes, sessions (held ones marked), venue and catering,
// registration, local work, contact, and participants' voices.
#include "i18n/dates.hpp"
#include "labels/numbers.hpp"
#include "render/layout_parts.hpp"
#include "render/layout_progress.hpp"

namespace netadmin::render {

using i18n::Msg;
using layout::runtime_tr;
using layout::tr;

namespace {

void add_overview(Document& document, const LayoutOptions& options, const report::ProgrammeView& view) {
    const auto& programme = view.programme;
    std::vector<Fact> facts;
    auto add = [&](Msg label, Line value) {
        if (!(value.size() == 1 && value[0].text.empty()))
            facts.push_back({runtime_tr(options, label), std::move(value)});
    };
    Line region{Span{layout::maybe_inferred(options, programme.inference, "region", view.region_name)}};
    region[0].href = region_page(options, view.region_id);
    add(Msg::col_region, region);
    add(Msg::rpt_kind, Line{Span{layout::word(options, programme.kind)}});
    add(Msg::rpt_period, Line{Span{layout::period(options, programme.starts, programme.ends)}});
    if (programme.parts) add(Msg::rpt_parts, Line{Span{labels::format_count(options.language, *programme.parts)}});
    add(Msg::rpt_organisers, Line{Span{layout::maybe_inferred(options, programme.inference, "organisers",
                                                              layout::join(programme.organisers))}});
    add(Msg::rpt_funded_by, Line{Span{layout::join(programme.funders)}});
    add(Msg::rpt_developed_by, Line{Span{layout::join(programme.developed_by)}});
    for (const auto& leader : programme.leaders) add(Msg::rpt_led_by, layout::person_line(options, leader));
    if (view.trained) {
        auto trained = labels::format_count(options.language, *view.trained);
        if (!view.trained_note.empty()) trained += " – " + view.trained_note;
        add(Msg::rpt_trained, Line{Span{trained}});
    }
    add(Msg::rpt_audience, Line{Span{view.audience}});
    add(Msg::rpt_taking_part, Line{Span{layout::join(programme.participants)}});
    document.heading(2, tr(options, Msg::rpt_overview), "overview");
    if (!programme.summary.empty()) document.paragraph(programme.summary);
    std::vector<Fact> figures;
    if (view.trained)
        figures.push_back(
            {tr(options, Msg::rpt_trained), Line{Span{labels::format_count(options.language, *view.trained)}}});
    if (!programme.sessions.empty()) {
        figures.push_back(
            {tr(options, Msg::rpt_sessions), Line{Span{std::to_string(programme.sessions.size()), "#sessions"}}});
    }
    if (!view.themes.empty())
        figures.push_back({tr(options, Msg::rpt_themes), Line{Span{std::to_string(view.themes.size()), "#themes"}}});
    if (figures.size() > 1) document.figures(std::move(figures));
    document.facts(std::move(facts));
    layout::add_inference_note(document, options, programme.inference);
    if (!programme.purpose.empty()) {
        document.heading(2, tr(options, Msg::rpt_purpose), "purpose");
        document.paragraph(programme.purpose);
    }
}

void add_themes(Document& document, const LayoutOptions& options, const report::ProgrammeView& view) {
    if (view.themes.empty()) return;
    document.heading(2, tr(options, Msg::rpt_themes), "themes");
    std::vector<Line> focus;
    std::vector<Line> other;
    for (const auto& theme : view.themes) (theme.focus ? focus : other).push_back(Line{Span{theme.name}});
    if (!focus.empty()) {
        document.paragraph(Line{Span{tr(options, Msg::rpt_focus_themes), "", true}});
        document.list(std::move(focus));
    }
    if (!other.empty()) {
        document.paragraph(Line{Span{tr(options, Msg::rpt_other_themes), "", true}});
        document.list(std::move(other));
    }
}

void add_sessions(Document& document, const LayoutOptions& options, const report::ProgrammeView& view) {
    const auto& sessions = view.programme.sessions;
    if (sessions.empty()) return;
    document.heading(2, tr(options, Msg::rpt_sessions), "sessions");
    document.paragraph(tr(options, Msg::rpt_sessions_held, static_cast<std::int64_t>(view.sessions_held),
                          static_cast<std::int64_t>(sessions.size()),
                          i18n::format_day(options.language, options.today)));
    DocTable table;
    table.columns = {{tr(options, Msg::col_date)},
                     {tr(options, Msg::col_time)},
                     {tr(options, Msg::col_title)},
                     {tr(options, Msg::col_status)}};
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const auto& session = sessions[i];
        const auto status = layout::meeting_status(options, session);
        const bool next = session.next;
        table.rows.push_back(
            {Line{Span{layout::meeting_date(options, session)}},
             Line{Span{i18n::format_time_range(options.language, session.entity->start, session.entity->end)}},
             Line{Span{session.entity->title, "#meeting-" + session.entity->id}},
             Line{Span{status, "", next, session.held}}});
    }
    document.table(std::move(table));
    for (const auto& session : sessions) layout::add_meeting(document, options, session, 3);
}

void add_practical(Document& document, const LayoutOptions& options, const report::ProgrammeView& view) {
    if (view.venue || !view.catering.empty()) {
        document.heading(2, tr(options, Msg::rpt_venue_and_catering), "venue");
        std::vector<Fact> facts;
        if (view.venue) {
            std::vector<std::string> parts{view.venue->name};
            for (const auto* part : {&view.venue->building, &view.venue->address}) {
                if (!part->empty()) parts.push_back(*part);
            }
            const auto& inference = view.venue->inference;
            const auto town = layout::maybe_inferred(options, inference, "municipality", view.venue->municipality);
            if (!town.empty()) parts.push_back(town);
            facts.push_back({tr(options, Msg::rpt_venue), Line{Span{layout::join(parts)}}});
            const auto& directions = view.venue->directions;
            if (!directions.empty())
                facts.push_back({tr(options, Msg::rpt_directions), Line{Span{directions, directions}}});
        }
        if (!view.catering.empty())
            facts.push_back({tr(options, Msg::rpt_catering), Line{Span{layout::join(view.catering)}}});
        document.facts(std::move(facts));
        if (view.venue) layout::add_inference_note(document, options, view.venue->inference);
    }
    if (view.registration) {
        const auto& registration = *view.registration;
        document.heading(2, tr(options, Msg::rpt_registration), "registration");
        std::vector<Fact> facts;
        if (registration.deadline) {
            auto deadline =
                i18n::format_fuzzy_date(options.language, *registration.deadline, registration.deadline->has_day());
            if (registration.deadline_passed) deadline += " (" + tr(options, Msg::rpt_deadline_passed) + ")";
            facts.push_back({tr(options, Msg::rpt_deadline), Line{Span{deadline}}});
        }
        if (!registration.channel.empty())
            facts.push_back({tr(options, Msg::rpt_register_via), Line{Span{registration.channel}}});
        if (!registration.requirement.empty())
            facts.push_back({tr(options, Msg::rpt_requirement), Line{Span{registration.requirement}}});
        document.facts(std::move(facts));
    }
}

void add_local_work(Document& document, const LayoutOptions& options, const report::ProgrammeView& view) {
    if (view.local_work.empty() && !view.reading_hours_per_month) return;
    document.heading(2, tr(options, Msg::rpt_local_work), "local-work");
    if (!view.local_work.empty()) document.paragraph(view.local_work);
    if (view.reading_hours_per_month) {
        const std::int64_t hours = *view.reading_hours_per_month;
        document.facts({{tr(options, Msg::rpt_reading), Line{Span{tr(options, Msg::rpt_hours_per_month, hours)}}}});
    }
}

void add_contacts_and_quotes(Document& document, const LayoutOptions& options, const report::ProgrammeView& view) {
    layout::add_contacts_and_resources(document, options, view.contacts, view.resources);
    if (!view.quotes.empty()) {
        document.heading(2, tr(options, Msg::rpt_quotes), "quotes");
        for (const auto& quote : view.quotes) document.quote(quote.text, quote.source);
    }
}

}  // namespace

Document programme_document(const report::ProgrammeView& view, const LayoutOptions& options) {
    Document document;
    document.language = options.language;
    const auto& programme = view.programme;
    document.title = programme.short_name.empty() ? programme.name : programme.name + " (" + programme.short_name + ")";
    const auto when = layout::period(options, programme.starts, programme.ends);
    const auto region = layout::maybe_inferred(options, programme.inference, "region", view.region_name);
    document.subtitle = when.empty() ? region : region + ", " + when;
    document.contents_label = tr(options, Msg::rpt_contents);
    layout::add_navigation(document, options);
    add_overview(document, options, view);
    add_themes(document, options, view);
    add_sessions(document, options, view);
    if (view.progress) add_progress(document, options, *view.progress);
    add_practical(document, options, view);
    add_local_work(document, options, view);
    add_contacts_and_quotes(document, options, view);
    layout::add_sources(document, options, view.sources);
    layout::add_footer(document, options, view.as_of);
    return document;
}

}  // namespace netadmin::render
