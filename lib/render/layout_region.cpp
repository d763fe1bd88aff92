// The region report laid out for people: overview, centres by kind,
// municipalities, networks and their meetings, programmes, contacts,
// resources and outlook.
#include "i18n/dates.hpp"
#include "labels/labels.hpp"
#include "labels/numbers.hpp"
#include "render/layout_map.hpp"
#include "render/layout_parts.hpp"

#include "model/vocabulary.hpp"

#include <algorithm>

namespace netadmin::render {

using i18n::Msg;
using layout::runtime_tr;
using layout::tr;

namespace {

void add_overview(Document& document, const LayoutOptions& options, const report::RegionView& view) {
    std::vector<Fact> facts;
    auto add = [&](Msg label, const std::string& value) {
        if (!value.empty()) facts.push_back({runtime_tr(options, label), Line{Span{value}}});
    };
    const auto& language = options.language;
    add(Msg::col_county,
        view.county_name.empty() ? view.county_code : view.county_name + " (" + view.county_code + ")");
    if (view.area_share_percent) {
        add(Msg::rpt_area_share,
            tr(options, Msg::rpt_percent, labels::format_count(language, *view.area_share_percent)));
    }
    std::vector<Fact> figures{
        {tr(options, Msg::col_municipalities), Line{Span{std::to_string(view.municipalities.size())}}}};
    if (view.births_per_year) {
        figures.push_back(
            {tr(options, Msg::rpt_births_per_year), Line{Span{labels::format_count(language, *view.births_per_year)}}});
    }
    if (!view.centres.empty()) {
        figures.push_back(
            {tr(options, Msg::rpt_full_centres), Line{Span{std::to_string(view.full_centres), "#centres"}}});
        figures.push_back(
            {tr(options, Msg::rpt_similar_centres), Line{Span{std::to_string(view.similar_centres), "#centres"}}});
    }
    document.heading(2, tr(options, Msg::rpt_overview), "overview");
    if (!view.summary.empty()) document.paragraph(view.summary);
    document.figures(std::move(figures));
    document.facts(std::move(facts));
    layout::add_inference_note(document, options, view.inference);
}

std::string operations_text(const LayoutOptions& options, model::Operations operations) {
    std::vector<std::string> names;
    for (int i = 0; i < model::kOperationCount; ++i) {
        const auto op = static_cast<model::Operation>(i);
        if (operations.has(op)) names.emplace_back(labels::label_text(options.language, op));
    }
    return layout::join(names);
}

// Address and operations get columns of their own, each only when some
// centre of the group has it: a note is a note, not a place to put them.
DocTable centre_table(const LayoutOptions& options, const std::vector<const report::CentrePart*>& centres) {
    const bool addresses =
        std::any_of(centres.begin(), centres.end(), [](auto* c) { return !c->entity->address.empty(); });
    const bool operations =
        std::any_of(centres.begin(), centres.end(), [](auto* c) { return !c->entity->operations.empty(); });
    DocTable table;
    table.columns = {{tr(options, Msg::col_name)}, {tr(options, Msg::col_municipality)}};
    if (addresses) table.columns.push_back({tr(options, Msg::rpt_address)});
    if (operations) table.columns.push_back({tr(options, Msg::rpt_operations)});
    table.columns.push_back({tr(options, Msg::col_opened)});
    table.columns.push_back({tr(options, Msg::rpt_note)});
    for (const auto* part : centres) {
        const auto* centre = part->entity;
        std::vector<std::string> notes;
        if (!centre->opened_note.empty()) notes.push_back(centre->opened_note);
        if (!centre->note.empty()) notes.push_back(centre->note);
        const auto opened = centre->opened ? i18n::format_fuzzy_date(options.language, *centre->opened) : "";
        std::vector<Line> row{Line{Span{centre->name}}, Line{Span{part->municipality}}};
        if (addresses) row.push_back(Line{Span{centre->address}});
        if (operations) row.push_back(Line{Span{operations_text(options, centre->operations)}});
        row.push_back(Line{Span{opened.empty() ? "–" : opened}});
        row.push_back(Line{Span{layout::join(notes, " ")}});
        table.rows.push_back(std::move(row));
    }
    return table;
}

void add_centres(Document& document, const LayoutOptions& options, const report::RegionView& view) {
    document.heading(2, tr(options, Msg::rpt_centres_by_kind), "centres");
    if (view.centres.empty()) {
        document.paragraph(Line{Span{tr(options, Msg::rpt_no_centres_recorded), "", false, true}});
        return;
    }
    struct Group {
        std::optional<model::CentreKind> kind;
        Msg heading;
    };
    const Group groups[] = {{model::CentreKind::full, Msg::rpt_full_centres},
                            {model::CentreKind::similar, Msg::rpt_similar_centres},
                            {std::nullopt, Msg::rpt_unknown_kind_centres}};
    for (const auto& group : groups) {
        std::vector<const report::CentrePart*> centres;
        for (const auto& centre : view.centres) {
            if (centre.entity->kind == group.kind) centres.push_back(&centre);
        }
        if (centres.empty() && !group.kind) continue;
        document.heading(3, runtime_tr(options, group.heading) + " (" + std::to_string(centres.size()) + ")");
        if (centres.empty())
            document.paragraph(Line{Span{tr(options, Msg::rpt_none), "", false, true}});
        else
            document.table(centre_table(options, centres));
    }
}

void add_municipalities(Document& document, const LayoutOptions& options, const report::RegionView& view) {
    document.heading(2, tr(options, Msg::col_municipalities), "municipalities");
    auto fact = [&](Msg label, const std::vector<std::string>& names) {
        const auto text = names.empty() ? tr(options, Msg::rpt_none) : layout::join(names);
        return Fact{runtime_tr(options, label, {static_cast<std::int64_t>(names.size())}), Line{Span{text}}};
    };
    if (view.centres.empty()) {
        document.facts({fact(Msg::rpt_municipalities_all, view.municipalities)});
        return;
    }
    document.facts({fact(Msg::rpt_municipalities_with_full, view.municipalities_with_full),
                    fact(Msg::rpt_municipalities_only_similar, view.municipalities_with_only_similar),
                    fact(Msg::rpt_municipalities_without, view.municipalities_without_centre),
                    fact(Msg::rpt_municipalities_all, view.municipalities)});
}

void add_network(Document& document, const LayoutOptions& options, const report::NetworkPart& network) {
    document.heading(3, network.name, "network-" + network.id);
    if (!network.summary.empty()) document.paragraph(network.summary);
    std::vector<Fact> facts;
    if (network.founded)
        facts.push_back(
            {tr(options, Msg::rpt_founded), Line{Span{i18n::format_fuzzy_date(options.language, *network.founded)}}});
    if (!network.frequency.empty())
        facts.push_back({tr(options, Msg::rpt_meets), Line{Span{layout::word(options, network.frequency)}}});
    if (!network.topics.empty())
        facts.push_back({tr(options, Msg::rpt_topics), Line{Span{layout::join(network.topics)}}});
    for (const auto& contact : network.contacts)
        facts.push_back({tr(options, Msg::rpt_contact), layout::person_line(options, contact)});
    document.facts(std::move(facts));
    // "Next meeting" is followed by one meeting; any others come under "Later meetings".
    document.heading(4, tr(options, Msg::rpt_upcoming_meetings));
    if (network.upcoming.empty()) document.paragraph(Line{Span{tr(options, Msg::rpt_none_planned), "", false, true}});
    for (std::size_t i = 0; i < network.upcoming.size(); ++i) {
        if (i == 1) document.heading(4, tr(options, Msg::rpt_later_meetings));
        layout::add_meeting(document, options, network.upcoming[i], 5);
    }
    document.heading(4, tr(options, Msg::rpt_past_meetings));
    if (network.past.empty()) document.paragraph(Line{Span{tr(options, Msg::rpt_none), "", false, true}});
    for (auto it = network.past.rbegin(); it != network.past.rend(); ++it)
        layout::add_meeting(document, options, *it, 5);
}

void add_programme(Document& document, const LayoutOptions& options, const report::ProgrammePart& programme) {
    const auto title =
        programme.short_name.empty() ? programme.name : programme.name + " (" + programme.short_name + ")";
    document.heading(3, title, "programme-" + programme.id);
    if (!programme.summary.empty()) document.paragraph(programme.summary);
    std::vector<Fact> facts;
    auto add = [&](Msg label, Line value) {
        if (!value.empty() && !(value.size() == 1 && value[0].text.empty()))
            facts.push_back({runtime_tr(options, label), std::move(value)});
    };
    add(Msg::rpt_kind, Line{Span{layout::word(options, programme.kind)}});
    add(Msg::rpt_period, Line{Span{layout::period(options, programme.starts, programme.ends)}});
    if (programme.parts) add(Msg::rpt_parts, Line{Span{labels::format_count(options.language, *programme.parts)}});
    add(Msg::rpt_purpose, Line{Span{programme.purpose}});
    for (const auto& leader : programme.leaders) add(Msg::rpt_led_by, layout::person_line(options, leader));
    add(Msg::rpt_organisers, Line{Span{layout::maybe_inferred(options, programme.inference, "organisers",
                                                              layout::join(programme.organisers))}});
    add(Msg::rpt_funded_by, Line{Span{layout::join(programme.funders)}});
    add(Msg::rpt_developed_by, Line{Span{layout::join(programme.developed_by)}});
    add(Msg::rpt_taking_part, Line{Span{layout::join(programme.participants)}});
    if (const auto file = programme_page(options, programme.id); !file.empty()) {
        add(Msg::rpt_more, Line{Span{tr(options, Msg::rpt_programme_page), file}});
    }
    document.facts(std::move(facts));
    layout::add_inference_note(document, options, programme.inference);
    for (const auto& session : programme.sessions) layout::add_meeting(document, options, session, 4);
}

void add_people_and_resources(Document& document, const LayoutOptions& options, const report::RegionView& view) {
    layout::add_contacts_and_resources(document, options, view.contacts, view.resources);
    if (!view.outlook.empty()) {
        document.heading(2, tr(options, Msg::rpt_outlook), "outlook");
        document.paragraph(view.outlook);
    }
}

}  // namespace

Document region_document(const report::RegionView& view, const LayoutOptions& options) {
    Document document;
    document.language = options.language;
    document.title = view.name;
    const auto county = view.county_name.empty() ? view.name : view.county_name;
    document.subtitle = view.networks.empty() ? tr(options, Msg::rpt_region_subtitle_plain, county)
                                              : tr(options, Msg::rpt_region_subtitle, county);
    document.contents_label = tr(options, Msg::rpt_contents);
    layout::add_navigation(document, options);
    add_overview(document, options, view);
    add_centres(document, options, view);
    add_municipalities(document, options, view);
    add_map(document, options, 3);
    if (!view.networks.empty()) {
        document.heading(2, tr(options, Msg::rpt_networks), "network");
        for (const auto& network : view.networks) add_network(document, options, network);
    }
    if (!view.programmes.empty()) {
        document.heading(2, tr(options, Msg::rpt_programmes), "programmes");
        for (const auto& programme : view.programmes) add_programme(document, options, programme);
    }
    if (!view.other_meetings.empty()) {
        document.heading(2, tr(options, Msg::rpt_other_meetings), "meetings");
        for (const auto& meeting : view.other_meetings) layout::add_meeting(document, options, meeting, 3);
    }
    add_people_and_resources(document, options, view);
    layout::add_sources(document, options, view.sources);
    layout::add_footer(document, options, view.as_of);
    return document;
}

}  // namespace netadmin::render
