#include "report/listings.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "labels/labels.hpp"
#include "labels/numbers.hpp"
#include "model/place_counts.hpp"
#include "model/vocabulary.hpp"
#include "query/lookup.hpp"
#include "query/queries.hpp"

#include <type_traits>
#include <unordered_map>

namespace netadmin::report {

using i18n::Msg;

Cell region_cell(const model::Registry& registry, const std::string& region_id) {
    const auto* region = registry.region(region_id);
    return Cell::pair(region != nullptr ? region->name : region_id, region_id);
}

Cell municipality_cell(const model::Registry& registry, const std::string& code) {
    const auto* municipality = registry.reference.municipality_by_code(code);
    return Cell::plain(municipality != nullptr ? municipality->name : code);
}

Cell fuzzy_date_cell(const std::optional<time::FuzzyDate>& date, i18n::Language language) {
    if (!date) return Cell::null();
    return Cell::pair(i18n::format_fuzzy_date(language, *date), time::to_data_string(*date));
}

Cell marked(Cell cell, const query::Inference& inference, i18n::Language language) {
    if (!inference || cell.is_null) return cell;
    cell.text = i18n::format(language, Msg::rpt_probably, cell.text);
    cell.inferred = true;
    cell.evidence = std::string(inference.evidence);
    return cell;
}

namespace {

// Each cell of an entity's row, the last of the table, marked when its
// column's field is an inference. A meeting's place is its venue when it
// names one.
template <typename E>
void mark_row(const model::Registry& registry, const E& entity, Table& table, i18n::Language language) {
    mark_row(table.rows.back(), table.columns, language, [&](std::string_view key) {
        if constexpr (std::is_same_v<E, model::Meeting>) {
            if (key == "place" && !entity.venue.empty()) key = "venue";
        }
        return query::inference_of(registry, entity, key);
    });
}

}  // namespace

// The newest count the sources give for a region, beside the registry's own.
Cell count_cell(const model::CountFact* count, i18n::Language language) {
    if (count == nullptr) return Cell::null();
    return Cell::pair(labels::format_count(language, *count->operations), model::to_data_string(*count->operations));
}

Table regions_table(const model::Registry& registry, std::span<const model::Region* const> regions,
                    i18n::Language language) {
    std::unordered_map<std::string_view, long long> centre_counts;
    for (const auto& centre : registry.centres) ++centre_counts[centre.region];
    Table table;
    table.columns = {{"id", Msg::col_id},
                     {"name", Msg::col_name},
                     {"county", Msg::col_county},
                     {"municipalities", Msg::col_municipalities},
                     {"centres", Msg::col_centres},
                     {"counted", Msg::col_counted},
                     {"counted_as_of", Msg::col_counted_as_of}};
    for (const auto* region : regions) {
        const auto* county = registry.reference.county(region->county_code);
        const auto counts = model::county_counts(registry, region->county_code);
        const auto* newest = counts.empty() ? nullptr : counts.front();
        table.rows.push_back({
            Cell::plain(region->id),
            Cell::plain(region->name),
            Cell::pair(county != nullptr ? county->name : region->county_code, region->county_code),
            Cell::number(static_cast<long long>(registry.reference.municipalities_in(region->county_code).size())),
            Cell::number(centre_counts[region->id]),
            count_cell(newest, language),
            newest != nullptr ? fuzzy_date_cell(newest->as_of, language) : Cell::null(),
        });
    }
    return table;
}

Table centres_table(const model::Registry& registry, std::span<const model::Centre* const> centres,
                    i18n::Language language) {
    Table table;
    table.columns = {{"id", Msg::col_id},         {"name", Msg::col_name},
                     {"region", Msg::col_region}, {"municipality", Msg::col_municipality},
                     {"kind", Msg::col_kind},     {"operations", Msg::col_operations},
                     {"opened", Msg::col_opened}};
    table.marks_inferences = true;
    table.rows.reserve(centres.size());
    for (const auto* centre : centres) {
        // A family centre has all four operations by definition; for a
        // similar operation only the listed ones are shown (BVC alone would
        // read as "only BVC").
        const bool full = centre->kind == model::CentreKind::full;
        const auto operations = full ? model::implied_operations(*centre) : centre->operations;
        std::vector<std::string> ops;
        std::string ops_text;
        for (int i = 0; i < model::kOperationCount; ++i) {
            const auto op = static_cast<model::Operation>(i);
            if (!operations.has(op)) continue;
            ops.emplace_back(model::data_name(op));
            if (!ops_text.empty()) ops_text += ", ";
            ops_text += labels::label_text(language, op);
        }
        Cell kind = centre->kind ? Cell::pair(std::string(labels::label_text(language, *centre->kind)),
                                              std::string(model::data_name(*centre->kind)))
                                 : Cell::null();
        table.rows.push_back({
            Cell::plain(centre->id),
            Cell::plain(centre->name),
            region_cell(registry, centre->region),
            municipality_cell(registry, centre->municipality_code),
            std::move(kind),
            Cell::list(std::move(ops), std::move(ops_text)),
            fuzzy_date_cell(centre->opened, language),
        });
        mark_row(registry, *centre, table, language);
    }
    return table;
}

Table contacts_table(const model::Registry& registry, std::span<const model::Person* const> people,
                     i18n::Language language) {
    Table table;
    table.columns = {{"id", Msg::col_id},        {"name", Msg::col_name},
                     {"role", Msg::col_role},    {"organisation", Msg::col_organisation},
                     {"email", Msg::col_email},  {"phone", Msg::col_phone},
                     {"region", Msg::col_region}};
    table.marks_inferences = true;
    for (const auto* person : people) {
        const auto* organisation = registry.organisation(person->organisation);
        table.rows.push_back({
            Cell::plain(person->id),
            Cell::plain(person->name),
            Cell::plain(person->role),
            Cell::pair(organisation != nullptr ? organisation->name : "", person->organisation),
            Cell::plain(person->email),
            Cell::plain(person->phone),
            region_cell(registry, person->region),
        });
        mark_row(registry, *person, table, language);
    }
    return table;
}

Table meetings_table(const model::Registry& registry, std::span<const model::Meeting* const> meetings,
                     i18n::Language language) {
    Table table;
    table.columns = {{"id", Msg::col_id},          {"date", Msg::col_date},     {"start", Msg::col_time},
                     {"end", Msg::col_time, true}, {"kind", Msg::col_kind},     {"title", Msg::col_title},
                     {"place", Msg::col_place},    {"region", Msg::col_region}, {"status", Msg::col_status}};
    table.marks_inferences = true;
    for (const auto* meeting : meetings) {
        Cell date = meeting->date ? fuzzy_date_cell(meeting->date, language)
                                  : Cell::pair(std::string(i18n::text(language, Msg::date_not_set)), "");
        const auto times = i18n::format_time_range(language, meeting->start, meeting->end);
        Cell start = meeting->start ? Cell::pair(times, time::to_data_string(*meeting->start)) : Cell::null();
        Cell end = meeting->end ? Cell::pair("", time::to_data_string(*meeting->end)) : Cell::null();
        if (!meeting->start && meeting->end) start.text = times;
        table.rows.push_back({
            Cell::plain(meeting->id),
            std::move(date),
            std::move(start),
            std::move(end),
            Cell::pair(std::string(labels::label_text(language, meeting->kind)),
                       std::string(model::data_name(meeting->kind))),
            Cell::plain(meeting->title),
            Cell::plain(query::meeting_place(registry, *meeting)),
            region_cell(registry, meeting->region),
            status_cell(meeting->status, language),
        });
        mark_row(registry, *meeting, table, language);
    }
    return table;
}

Cell status_cell(model::MeetingStatus status, i18n::Language language) {
    std::string text;
    switch (status) {
        case model::MeetingStatus::scheduled: break;
        case model::MeetingStatus::cancelled: text = i18n::text(language, Msg::status_cancelled); break;
        case model::MeetingStatus::held: text = i18n::text(language, Msg::rpt_status_held); break;
        case model::MeetingStatus::moved: text = i18n::text(language, Msg::rpt_status_moved); break;
    }
    return Cell::pair(std::move(text), std::string(model::data_name(status)));
}

}  // namespace netadmin::report
