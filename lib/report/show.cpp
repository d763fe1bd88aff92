#include "report/show.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "i18n/labels.hpp"
#include "i18n/numbers.hpp"
#include "model/references.hpp"
#include "model/vocabulary.hpp"
#include "report/listings.hpp"
#include "util/collate.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>

namespace netadmin::report {
namespace {

using model::EntityKind;

class Fields {
public:
    Fields(const model::Registry& registry, i18n::Language language) : registry_(registry), language_(language) {}

    void text(std::string key, const std::string& value) {
        if (!value.empty()) out_.emplace_back(std::move(key), Cell::plain(value));
    }
    void ids(std::string key, const std::vector<std::string>& values, const std::string& separator = ", ") {
        if (values.empty()) return;
        std::string joined;
        for (const auto& v : values) joined += (joined.empty() ? "" : separator) + v;
        out_.emplace_back(std::move(key), Cell::list(values, joined));
    }
    void date(std::string key, const std::optional<time::FuzzyDate>& value) {
        if (value) out_.emplace_back(std::move(key), fuzzy_date_cell(value, language_));
    }
    void count(std::string key, const std::optional<model::Count>& value) {
        if (value)
            out_.emplace_back(std::move(key),
                              Cell::pair(i18n::format_count(language_, *value), to_data_string(*value)));
    }
    void word(std::string key, i18n::Msg label, std::string_view data) {
        out_.emplace_back(std::move(key),
                          Cell::pair(std::string(i18n::runtime_text(language_, label)), std::string(data)));
    }
    void municipality(const std::string& code) {
        if (!code.empty()) out_.emplace_back("municipality", municipality_cell(registry_, code));
    }
    void region(const std::string& id) {
        if (!id.empty()) out_.emplace_back("region", region_cell(registry_, id));
    }
    void rules(const model::ReminderRules& rules) {
        auto days = [](const std::vector<int>& list) {
            std::vector<std::string> out;
            out.reserve(list.size());
            for (int d : list) out.push_back(std::to_string(d));
            return out;
        };
        if (rules.meeting_days) ids("reminders.meeting_days", days(*rules.meeting_days));
        if (rules.deadline_days) ids("reminders.deadline_days", days(*rules.deadline_days));
    }
    // Data names for machines, the words of the language for people.
    void operations(model::Operations operations) {
        std::vector<std::string> data;
        std::string text;
        for (int i = 0; i < model::kOperationCount; ++i) {
            const auto op = static_cast<model::Operation>(i);
            if (!operations.has(op)) continue;
            data.emplace_back(model::data_name(op));
            text += (text.empty() ? "" : ", ") + std::string(i18n::label_text(language_, op));
        }
        if (!data.empty()) out_.emplace_back("operations", Cell::list(std::move(data), std::move(text)));
    }
    void provenance(const model::Provenance& p) {
        ids("sources", p.sources);
        ids("inferred", p.inferred);
        text("inference_note", p.inference_note);
    }
    std::vector<std::pair<std::string, Cell>> take() { return std::move(out_); }
    i18n::Language language() const { return language_; }

private:
    const model::Registry& registry_;
    i18n::Language language_;
    std::vector<std::pair<std::string, Cell>> out_;
};

void describe_centre(Fields& f, const model::Centre& c) {
    f.text("name", c.name);
    f.region(c.region);
    f.municipality(c.municipality_code);
    if (c.kind) f.word("kind", i18n::label(*c.kind), model::data_name(*c.kind));
    f.operations(c.operations);
    f.date("opened", c.opened);
    f.text("opened_note", c.opened_note);
    f.ids("contacts", c.contacts);
    f.text("address", c.address);
    f.text("note", c.note);
}

i18n::Msg outcome_label(model::MeetingStatus status) {
    switch (status) {
        case model::MeetingStatus::scheduled: return i18n::Msg::rpt_status_planned;
        case model::MeetingStatus::cancelled: return i18n::Msg::status_cancelled;
        case model::MeetingStatus::held: return i18n::Msg::rpt_status_held;
        case model::MeetingStatus::moved: return i18n::Msg::rpt_status_moved;
    }
    return i18n::Msg::rpt_status_planned;
}

void describe_meeting(Fields& f, const model::Meeting& m) {
    f.word("kind", i18n::label(m.kind), model::data_name(m.kind));
    f.text("title", m.title);
    f.region(m.region);
    f.text("network", m.network);
    f.text("programme", m.programme);
    if (m.session) f.text("session", std::to_string(*m.session));
    f.date("date", m.date);
    if (m.start || m.end) {
        std::string data = m.start ? time::to_data_string(*m.start) : "";
        if (m.end) data += "-" + time::to_data_string(*m.end);
        f.text("time", data);
    }
    if (m.status != model::MeetingStatus::scheduled)
        f.word("status", outcome_label(m.status), model::data_name(m.status));
    f.date("moved_from", m.moved_from);
    f.text("venue", m.venue);
    f.text("place", m.place);
    f.municipality(m.municipality_code);
    f.ids("organisers", m.organisers);
    f.text("theme", m.theme);
    f.ids("themes", m.themes);
    f.text("summary", m.summary);
    for (const auto& s : m.speakers) f.text("speakers", s.person + (s.topic.empty() ? "" : ": " + s.topic));
    f.count("participants", m.participants);
    f.ids("participant_organisations", m.participant_organisations);
    f.text("invited", m.invited);
    f.text("outcome", m.outcome);
    if (m.registration) {
        f.date("registration.deadline", m.registration->deadline);
        f.text("registration.channel", m.registration->channel);
    }
    f.ids("catering", m.catering);
    if (m.recipients) f.ids("recipients", *m.recipients);
    f.ids("extra_recipients", m.extra_recipients);
    f.rules(m.reminders);
}

void describe_programme(Fields& f, const model::Programme& p) {
    f.text("name", p.name);
    f.text("short_name", p.short_name);
    f.text("kind", p.kind);
    f.region(p.region);
    f.ids("organisers", p.organisers);
    f.ids("leaders", p.leaders);
    f.ids("contacts", p.contacts);
    f.ids("funders", p.funders);
    f.ids("developed_by", p.developed_by);
    f.text("summary", p.summary);
    f.text("purpose", p.purpose);
    f.date("starts", p.starts);
    f.date("ends", p.ends);
    f.count("parts", p.parts);
    f.count("trained", p.trained);
    f.text("trained_note", p.trained_note);
    std::vector<std::string> themes;
    for (const auto& t : p.themes) themes.push_back(t.name);
    f.ids("themes", themes);
    f.ids("participants", p.participants);
    f.text("audience", p.audience);
    f.text("local_work", p.local_work);
    if (p.reading_hours_per_month) f.text("reading_hours_per_month", std::to_string(*p.reading_hours_per_month));
    f.text("venue", p.venue);
    f.ids("catering", p.catering);
    if (p.registration) {
        f.date("registration.deadline", p.registration->deadline);
        f.text("registration.channel", p.registration->channel);
        f.text("registration.requirement", p.registration->requirement);
    }
    for (const auto& q : p.quotes) f.text("quotes", q.text + (q.source.empty() ? "" : " (" + q.source + ")"));
    f.rules(p.reminders);
}

void describe_other(Fields& f, const model::Registry& r, model::EntityRef e) {
    switch (e.kind) {
        case EntityKind::region: {
            const auto& x = r.regions[e.index];
            f.text("name", x.name);
            f.text("county", x.county_code);
            f.count("area_share_percent", x.area_share_percent);
            f.count("births_per_year", x.births_per_year);
            f.text("summary", x.summary);
            f.text("outlook", x.outlook);
            f.ids("contacts", x.contacts);
            f.text("language", x.language);
            f.rules(x.reminders);
            break;
        }
        case EntityKind::organisation: {
            const auto& x = r.organisations[e.index];
            f.text("name", x.name);
            f.text("kind", x.kind);
            f.text("parent", x.parent);
            f.region(x.region);
            f.municipality(x.municipality_code);
            f.text("url", x.url);
            break;
        }
        case EntityKind::person: {
            const auto& x = r.people[e.index];
            f.text("name", x.name);
            f.text("email", x.email);
            f.text("phone", x.phone);
            f.text("role", x.role);
            f.text("organisation", x.organisation);
            f.region(x.region);
            break;
        }
        case EntityKind::network: {
            const auto& x = r.networks[e.index];
            f.text("name", x.name);
            f.region(x.region);
            f.date("founded", x.founded);
            f.text("frequency", x.frequency);
            f.ids("topics", x.topics);
            f.ids("contacts", x.contacts);
            if (x.members) f.ids("members", *x.members);
            f.text("summary", x.summary);
            f.rules(x.reminders);
            break;
        }
        case EntityKind::venue: {
            const auto& x = r.venues[e.index];
            f.text("name", x.name);
            f.text("building", x.building);
            f.text("address", x.address);
            f.municipality(x.municipality_code);
            f.region(x.region);
            f.text("directions", x.directions);
            break;
        }
        case EntityKind::resource: {
            const auto& x = r.resources[e.index];
            f.text("kind", std::string(model::data_name(x.kind)));
            f.text("title", x.title);
            f.text("description", x.description);
            f.text("url", x.url);
            f.text("path", x.path);
            f.text("format", x.format);
            f.region(x.region);
            f.text("meeting", x.meeting);
            f.text("programme", x.programme);
            f.text("author", x.author);
            break;
        }
        case EntityKind::source: {
            const auto& x = r.sources[e.index];
            f.text("title", x.title);
            f.text("publisher", x.publisher);
            f.text("url", x.url);
            f.date("published", x.published);
            f.date("accessed", x.accessed);
            f.text("note", x.note);
            break;
        }
        case EntityKind::centre: describe_centre(f, r.centres[e.index]); break;
        case EntityKind::meeting: describe_meeting(f, r.meetings[e.index]); break;
        case EntityKind::programme: describe_programme(f, r.programmes[e.index]); break;
    }
}

}  // namespace

Record describe(const model::Registry& registry, model::EntityRef entity, i18n::Language language) {
    Record record{entity.kind, registry.id_of(entity), {}, {}, {}};
    const auto& where = registry.where(entity);
    if (where.file < registry.files.size()) {
        // Relative to the registry, so the output does not depend on where it is installed.
        const std::filesystem::path file = registry.files[where.file];
        const auto relative = registry.root.empty() ? file : file.lexically_relative(registry.root);
        record.file = (relative.empty() ? file : relative).generic_string() + ":" + std::to_string(where.line);
    }
    Fields fields(registry, language);
    describe_other(fields, registry, entity);
    fields.provenance(*model::provenance_of(registry, entity));
    record.fields = fields.take();
    model::for_each_reference(registry, [&](model::EntityRef from, std::string_view key, const model::Id& to) {
        if (to == record.id) record.referenced_by.push_back({from.kind, registry.id_of(from), std::string(key)});
    });
    std::sort(record.referenced_by.begin(), record.referenced_by.end(), [](const Referrer& a, const Referrer& b) {
        return std::tie(a.kind, a.id, a.key) < std::tie(b.kind, b.id, b.key);
    });
    return record;
}

}  // namespace netadmin::report
