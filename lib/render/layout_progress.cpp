// Laying out programme progress (see layout_progress.hpp).
#include "render/layout_progress.hpp"

#include "i18n/dates.hpp"
#include "labels/numbers.hpp"
#include "render/layout_parts.hpp"
#include "render/report_json_parts.hpp"

namespace netadmin::render {

using i18n::Msg;
using layout::runtime_tr;
using layout::tr;

namespace {

Line number(std::size_t value) { return Line{Span{std::to_string(value)}}; }

DocTable group_table(const LayoutOptions& options, Msg first, const std::vector<report::GroupProgress>& groups) {
    DocTable table;
    table.columns = {{runtime_tr(options, first)},
                     {tr(options, Msg::rpt_col_registered), true},
                     {tr(options, Msg::rpt_col_trained), true}};
    for (const auto& group : groups) {
        table.rows.push_back({Line{Span{group.name}}, number(group.registered), number(group.trained)});
    }
    return table;
}

}  // namespace

void add_progress(Document& document, const LayoutOptions& options, const report::ProgrammeProgress& progress) {
    document.heading(2, tr(options, Msg::rpt_progress), "participants");
    std::string trained = std::to_string(progress.trained);
    if (progress.stated_trained) {
        trained = i18n::format(options.language, Msg::rpt_trained_recorded_and_stated, std::int64_t(progress.trained),
                               labels::format_count(options.language, *progress.stated_trained));
    }
    document.facts({{tr(options, Msg::rpt_col_registered), number(progress.registered)},
                    {tr(options, Msg::rpt_trained), Line{Span{trained}}}});
    DocTable sessions;
    sessions.columns = {{tr(options, Msg::rpt_sessions)},
                        {tr(options, Msg::rpt_col_registered), true},
                        {tr(options, Msg::rpt_col_present), true},
                        {tr(options, Msg::rpt_col_walk_ins), true}};
    for (const auto& session : progress.sessions) {
        auto label = session.title;
        if (session.date) label += " (" + i18n::format_fuzzy_date(options.language, *session.date) + ")";
        Line present = session.recorded ? (session.count.empty() ? number(session.present) : Line{Span{session.count}})
                                        : Line{Span{""}};
        sessions.rows.push_back(
            {Line{Span{label}}, number(session.registered), present,
             session.recorded && session.count.empty() ? number(session.walk_ins) : Line{Span{""}}});
    }
    document.table(std::move(sessions));
    if (!progress.centres.empty()) document.table(group_table(options, Msg::col_centre, progress.centres));
    if (!progress.municipalities.empty()) {
        document.table(group_table(options, Msg::col_municipality, progress.municipalities));
    }
    if (!progress.missed.empty()) {
        document.paragraph(tr(options, Msg::rpt_centres_missed));
        std::vector<Line> items;
        for (const auto& missed : progress.missed)
            items.push_back(Line{Span{missed.centre + ": " + layout::join(missed.sessions)}});
        document.list(std::move(items));
    }
    if (!progress.unregistered.empty()) {
        document.paragraph(tr(options, Msg::rpt_centres_unregistered));
        std::vector<Line> items;
        for (const auto& centre : progress.unregistered) items.push_back(Line{Span{centre.name}});
        document.list(std::move(items));
    }
}

void progress_json(JsonWriter& out, const report::ProgrammeProgress& progress) {
    out.begin_object("participants").number("registered", static_cast<std::int64_t>(progress.registered));
    out.number("trained", static_cast<std::int64_t>(progress.trained));
    json::count(out, "stated_trained", progress.stated_trained);
    out.begin_array("sessions");
    for (const auto& session : progress.sessions) {
        out.begin_object().string("id", session.id).number("registered", static_cast<std::int64_t>(session.registered));
        out.boolean("recorded", session.recorded);
        if (session.recorded && session.count.empty()) {
            out.number("present", static_cast<std::int64_t>(session.present));
            out.number("walk_ins", static_cast<std::int64_t>(session.walk_ins));
        } else {
            out.null("present").null("walk_ins");
        }
        out.string_or_null("count", session.count).end_object();
    }
    out.end_array();
    auto groups = [&](std::string_view key, const std::vector<report::GroupProgress>& list) {
        out.begin_array(key);
        for (const auto& group : list) {
            out.begin_object().string_or_null("id", group.id).string("name", group.name);
            out.number("registered", static_cast<std::int64_t>(group.registered));
            out.number("trained", static_cast<std::int64_t>(group.trained)).end_object();
        }
        out.end_array();
    };
    groups("centres", progress.centres);
    groups("municipalities", progress.municipalities);
    out.begin_array("missed");
    for (const auto& missed : progress.missed) {
        out.begin_object().string("centre", missed.centre).strings("sessions", missed.sessions).end_object();
    }
    out.end_array();
    out.begin_array("unregistered_centres");
    for (const auto& centre : progress.unregistered) {
        out.begin_object().string("id", centre.id).string("name", centre.name).end_object();
    }
    out.end_array().end_object();
}

}  // namespace netadmin::render
