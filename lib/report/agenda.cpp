// The agenda as data and as a table; see report/agenda.hpp.
#include "report/agenda.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "labels/labels.hpp"
#include "model/vocabulary.hpp"
#include "query/inference.hpp"
#include "query/lookup.hpp"
#include "query/queries.hpp"
#include "report/listings.hpp"
#include "util/collate.hpp"

#include <algorithm>

namespace netadmin::report {
namespace {

using i18n::Msg;

const std::string& owner_id(const AgendaItem& item) {
    return item.programme != nullptr ? item.programme->id : item.meeting->id;
}

const std::string& owner_name(const AgendaItem& item) {
    return item.programme != nullptr ? item.programme->name : item.meeting->title;
}

const std::string& owner_region(const AgendaItem& item) {
    return item.programme != nullptr ? item.programme->region : item.meeting->region;
}

const std::string& owner_programme(const AgendaItem& item) {
    return item.programme != nullptr ? item.programme->id : item.meeting->programme;
}

// Minutes since midnight of the start, -1 for deadlines and untimed meetings
// (they come first on their day, as in query::meeting_before).
int start_minutes(const AgendaItem& item) {
    if (item.kind == AgendaKind::meeting && item.meeting->start) return item.meeting->start->minutes;
    return -1;
}

bool item_before(const AgendaItem& a, const AgendaItem& b) {
    const auto order = time::compare(a.date, b.date);
    if (order != 0) return order < 0;
    if (start_minutes(a) != start_minutes(b)) return start_minutes(a) < start_minutes(b);
    if (a.kind != b.kind) return a.kind == AgendaKind::registration_deadline;
    const int names = util::compare_swedish(owner_name(a), owner_name(b));
    return names != 0 ? names < 0 : owner_id(a) < owner_id(b);
}

std::string deadline_title(const AgendaItem& item, const model::Registration& registration, i18n::Language language) {
    if (registration.channel.empty()) return i18n::format(language, Msg::agenda_registration, owner_name(item));
    return i18n::format(language, Msg::agenda_registration_via, owner_name(item), registration.channel);
}

std::vector<Cell> item_row(const model::Registry& registry, const AgendaItem& item, i18n::Language language) {
    const bool is_meeting = item.kind == AgendaKind::meeting;
    const auto* meeting = item.meeting;
    Cell start = Cell::null();
    Cell end = Cell::null();
    if (is_meeting && (meeting->start || meeting->end)) {
        const auto times = i18n::format_time_range(language, meeting->start, meeting->end);
        start = Cell::pair(times, meeting->start ? time::to_data_string(*meeting->start) : "");
        if (meeting->end) end = Cell::pair("", time::to_data_string(*meeting->end));
    }
    Cell kind = is_meeting ? Cell::pair(std::string(labels::label_text(language, meeting->kind)),
                                        std::string(model::data_name(meeting->kind)))
                           : Cell::pair(std::string(i18n::text(language, Msg::kind_registration_deadline)),
                                        "registration-deadline");
    const auto& registration = item.programme != nullptr ? item.programme->registration : meeting->registration;
    // Machines get the name alone, so the data does not change with the language.
    Cell title = is_meeting ? Cell::plain(meeting->title)
                            : Cell::pair(deadline_title(item, *registration, language), owner_name(item));
    return {
        Cell::plain(owner_id(item)),
        Cell::pair(i18n::format_fuzzy_date(language, item.date, true), time::to_data_string(item.date)),
        std::move(start),
        std::move(end),
        std::move(kind),
        std::move(title),
        is_meeting ? Cell::plain(query::meeting_place(registry, *meeting)) : Cell::null(),
        region_cell(registry, owner_region(item)),
        Cell::plain(owner_programme(item)),
        status_cell(meeting != nullptr ? meeting->status : model::MeetingStatus::scheduled, language),
    };
}

// A meeting's row is the meeting's fields (its place its venue when it
// names one); a deadline's shows of its owner only the region.
query::Inference item_inference(const model::Registry& registry, const AgendaItem& item, std::string_view key) {
    if (item.kind == AgendaKind::meeting) {
        if (key == "place" && !item.meeting->venue.empty()) key = "venue";
        return query::inference_of(registry, *item.meeting, key);
    }
    if (key != "region") return {};
    if (item.programme != nullptr) return query::inference_of(registry, *item.programme, key);
    return query::inference_of(registry, *item.meeting, key);
}

}  // namespace

CalendarSelection select_calendar(const model::Registry& registry, const std::string& region,
                                  const std::string& programme) {
    CalendarSelection selection;
    query::MeetingFilter filter;
    filter.region = region;
    filter.programme = programme;
    selection.meetings = query::meetings(registry, filter);
    for (const auto& candidate : registry.programmes) {
        if (!region.empty() && candidate.region != region) continue;
        if (!programme.empty() && candidate.id != programme) continue;
        selection.programmes.push_back(&candidate);
    }
    std::sort(selection.programmes.begin(), selection.programmes.end(),
              [](const auto* a, const auto* b) { return a->id < b->id; });
    return selection;
}

bool overlaps(const time::FuzzyDate& date, const time::CivilDate& from, const time::CivilDate& to) {
    return !(date.last_day() < from) && !(date.first_day() > to);
}

std::vector<AgendaItem> agenda_items(const model::Registry& registry, const AgendaFilter& filter) {
    const auto selection = select_calendar(registry, filter.region, filter.programme);
    std::vector<AgendaItem> items;
    auto in_range = [&](const std::optional<time::FuzzyDate>& date) {
        return date && overlaps(*date, filter.from, filter.to);
    };
    for (const auto* meeting : selection.meetings) {
        if (in_range(meeting->date)) items.push_back({AgendaKind::meeting, *meeting->date, meeting, nullptr});
        if (meeting->registration && in_range(meeting->registration->deadline)) {
            items.push_back({AgendaKind::registration_deadline, *meeting->registration->deadline, meeting, nullptr});
        }
    }
    for (const auto* programme : selection.programmes) {
        if (programme->registration && in_range(programme->registration->deadline)) {
            items.push_back(
                {AgendaKind::registration_deadline, *programme->registration->deadline, nullptr, programme});
        }
    }
    std::sort(items.begin(), items.end(), item_before);
    return items;
}

Table agenda_table(const model::Registry& registry, std::span<const AgendaItem> items, i18n::Language language) {
    Table table;
    table.columns = {{"id", Msg::col_id, true},    {"date", Msg::col_date},     {"start", Msg::col_time},
                     {"end", Msg::col_time, true}, {"kind", Msg::col_kind},     {"title", Msg::col_title},
                     {"place", Msg::col_place},    {"region", Msg::col_region}, {"programme", Msg::col_programme, true},
                     {"status", Msg::col_status}};
    table.marks_inferences = true;
    table.rows.reserve(items.size());
    for (const auto& item : items) {
        table.rows.push_back(item_row(registry, item, language));
        mark_row(table.rows.back(), table.columns, language,
                 [&](std::string_view key) { return item_inference(registry, item, key); });
    }
    return table;
}

}  // namespace netadmin::report
