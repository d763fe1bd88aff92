// The region, programme and coverage reports as JSON (render/report_json.hpp)
// and the coverage table for CSV.
#include "render/report_json.hpp"

#include "model/vocabulary.hpp"
#include "render/layout_progress.hpp"
#include "render/report_json_parts.hpp"

namespace netadmin::render {
namespace {

void header(JsonWriter& out, std::string_view report, const time::CivilDate* today) {
    out.begin_object().string("report", report).number("schema", kReportSchema);
    if (today != nullptr) out.string("today", time::to_iso(*today));
}

void centres(JsonWriter& out, const std::vector<report::CentrePart>& centres) {
    out.begin_array("centres");
    for (const auto& centre : centres) json::centre(out, centre);
    out.end_array();
}

void networks(JsonWriter& out, const std::vector<report::NetworkPart>& networks) {
    out.begin_array("networks");
    for (const auto& network : networks) {
        out.begin_object().string("id", network.id).string("name", network.name);
        json::date(out, "founded", network.founded);
        out.string_or_null("frequency", network.frequency)
            .strings("topics", network.topics)
            .string_or_null("summary", network.summary);
        json::people(out, "contacts", network.contacts);
        json::meetings(out, "past_meetings", network.past);
        json::meetings(out, "upcoming_meetings", network.upcoming);
        out.end_object();
    }
    out.end_array();
}

}  // namespace

std::string region_json(const report::RegionView& view, const time::CivilDate& today) {
    JsonWriter out;
    header(out, "region", &today);
    out.begin_object("region")
        .string("id", view.id)
        .string("name", view.name)
        .string("county_code", view.county_code)
        .string_or_null("county", view.county_name)
        .string_or_null("summary", view.summary)
        .string_or_null("outlook", view.outlook);
    json::count(out, "area_share_percent", view.area_share_percent);
    json::count(out, "births_per_year", view.births_per_year);
    json::inference(out, view.inference);
    out.end_object();
    out.begin_object("municipalities")
        .number("count", static_cast<std::int64_t>(view.municipalities.size()))
        .strings("all", view.municipalities)
        .strings("with_full_centre", view.municipalities_with_full)
        .strings("with_only_similar", view.municipalities_with_only_similar)
        .strings("without_centre", view.municipalities_without_centre)
        .end_object();
    out.begin_object("centre_counts")
        .number("full", view.full_centres)
        .number("similar", view.similar_centres)
        .end_object();
    centres(out, view.centres);
    networks(out, view.networks);
    out.begin_array("programmes");
    for (const auto& programme : view.programmes) {
        out.begin_object();
        json::programme_fields(out, programme);
        out.end_object();
    }
    out.end_array();
    json::meetings(out, "other_meetings", view.other_meetings);
    json::people(out, "contacts", view.contacts);
    json::resources(out, "resources", view.resources);
    json::sources(out, view.sources, view.as_of);
    return out.end_object().finish();
}

std::string programme_json(const report::ProgrammeView& view, const time::CivilDate& today) {
    JsonWriter out;
    header(out, "programme", &today);
    out.begin_object("programme");
    json::programme_fields(out, view.programme);
    out.string("region", view.region_id);
    json::count(out, "trained", view.trained);
    out.string_or_null("trained_note", view.trained_note).begin_array("themes");
    for (const auto& theme : view.themes) {
        out.begin_object().string("id", theme.id).string("name", theme.name).boolean("focus", theme.focus).end_object();
    }
    out.end_array().string_or_null("audience", view.audience).string_or_null("local_work", view.local_work);
    out.number_or_null("reading_hours_per_month", view.reading_hours_per_month
                                                      ? std::optional<std::int64_t>(*view.reading_hours_per_month)
                                                      : std::nullopt);
    if (view.venue) {
        out.begin_object("venue")
            .string("name", view.venue->name)
            .string_or_null("building", view.venue->building)
            .string_or_null("address", view.venue->address)
            .string_or_null("municipality", view.venue->municipality)
            .string_or_null("directions", view.venue->directions);
        json::inference(out, view.venue->inference);
        out.end_object();
    } else {
        out.null("venue");
    }
    out.strings("catering", view.catering);
    if (view.registration) {
        out.begin_object("registration");
        json::date(out, "deadline", view.registration->deadline);
        out.boolean("deadline_passed", view.registration->deadline_passed)
            .string_or_null("channel", view.registration->channel)
            .string_or_null("requirement", view.registration->requirement)
            .end_object();
    } else {
        out.null("registration");
    }
    json::people(out, "contacts", view.contacts);
    out.begin_array("quotes");
    for (const auto& quote : view.quotes)
        out.begin_object().string("text", quote.text).string_or_null("source", quote.source).end_object();
    out.end_array();
    json::resources(out, "resources", view.resources);
    out.number("sessions_held", view.sessions_held);
    out.string_or_null("next_session", view.next_session ? view.programme.sessions[*view.next_session].entity->id : "");
    if (view.progress) progress_json(out, *view.progress);
    out.end_object();
    json::sources(out, view.sources, view.as_of);
    return out.end_object().finish();
}

namespace {

// The counts of a place, newest first, as "counted": [{operations, as_of, ...}].
void counts(JsonWriter& out, std::string_view key, const std::vector<report::CountPart>& counts) {
    out.begin_array(key);
    for (const auto& count : counts) {
        out.begin_object().string("id", count.id);
        json::count(out, "operations", count.operations);
        json::count(out, "municipalities", count.municipalities);
        json::count(out, "regions", count.regions);
        json::date(out, "as_of", count.as_of);
        out.begin_array("sources");
        for (const auto& id : count.source_ids) out.string({}, id);
        out.end_array().end_object();
    }
    out.end_array();
}

void coverage_row(JsonWriter& out, const report::CoverageRow& row, std::string_view key) {
    auto opt = [](const std::optional<int>& v) { return v ? std::optional<std::int64_t>(*v) : std::nullopt; };
    out.begin_object(key)
        .string_or_null("county_code", row.county_code)
        .string_or_null("region_id", row.region_id)
        .string_or_null("name", row.name)
        .boolean("in_registry", row.in_registry)
        .boolean("known", row.known)
        .number("municipalities", row.municipalities)
        .number_or_null("with_full_centre", opt(row.with_full))
        .number_or_null("with_only_similar", opt(row.with_only_similar))
        .number_or_null("with_none", opt(row.with_none))
        .number_or_null("full_centres", opt(row.full_centres))
        .number_or_null("similar_centres", opt(row.similar_centres))
        .number_or_null("unknown_kind_centres", opt(row.unknown_kind_centres));
    json::count(out, "births_per_year", row.births_per_year);
    json::count(out, "births_per_centre", row.births_per_centre);
    out.number("listed", row.listed);
    counts(out, "counted", row.counted);
    out.end_object();
}

report::Cell number_cell(const std::optional<int>& value) {
    return value ? report::Cell::number(*value) : report::Cell::null();
}

report::Cell count_value(const std::optional<model::Count>& value) {
    return value ? report::Cell::number(value->value) : report::Cell::null();
}

report::Cell count_approx(const std::optional<model::Count>& value) {
    static constexpr const char* approx[] = {"exact", "about", "nearly", "over"};
    return value ? report::Cell::plain(approx[static_cast<int>(value->approx)]) : report::Cell::null();
}

}  // namespace

std::string coverage_json(const report::CoverageView& view) {
    JsonWriter out;
    header(out, "coverage", nullptr);
    if (view.gaps_only) out.boolean("gaps_only", true);
    counts(out, "national", view.national);
    out.number("regions_known", view.regions_known).begin_array("rows");
    for (const auto& row : view.rows) coverage_row(out, row, {});
    out.end_array();
    coverage_row(out, view.totals, "totals");
    if (!view.trained.empty()) {  // only with participants recorded: the report is otherwise as before
        out.begin_array("trained");
        for (const auto& row : view.trained) {
            out.begin_object()
                .string_or_null("municipality", row.municipality)
                .string("programme", row.programme_id)
                .number("registered", static_cast<std::int64_t>(row.registered))
                .number("trained", static_cast<std::int64_t>(row.trained))
                .end_object();
        }
        out.end_array();
    }
    json::sources(out, view.sources, view.as_of);
    return out.end_object().finish();
}

report::Table coverage_table(const report::CoverageView& view) {
    using i18n::Msg;
    report::Table table;
    for (const auto* key :
         {"county_code", "region_id", "name", "municipalities", "with_full_centre", "with_only_similar", "with_none",
          "full_centres", "similar_centres", "unknown_kind_centres", "births_per_year", "births_per_year_approx",
          "births_per_centre", "births_per_centre_approx"}) {
        table.columns.push_back({key, Msg::col_value});
    }
    auto add = [&table](const report::CoverageRow& row, const std::string& name) {
        table.rows.push_back(
            {report::Cell::plain(row.county_code), report::Cell::plain(row.region_id), report::Cell::plain(name),
             report::Cell::number(row.municipalities), number_cell(row.with_full), number_cell(row.with_only_similar),
             number_cell(row.with_none), number_cell(row.full_centres), number_cell(row.similar_centres),
             number_cell(row.unknown_kind_centres), count_value(row.births_per_year), count_approx(row.births_per_year),
             count_value(row.births_per_centre), count_approx(row.births_per_centre)});
    };
    for (const auto& row : view.rows) add(row, row.name);
    add(view.totals, "total");
    return table;
}

}  // namespace netadmin::render
