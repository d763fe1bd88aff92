#include "labels/field_names.hpp"

#include "model/field_access.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace netadmin::labels {
namespace {

using i18n::Msg;

// Sorted by key, for a binary search.
constexpr std::pair<std::string_view, Msg> kNames[] = {
    {"accessed", Msg::field_accessed},
    {"address", Msg::field_address},
    {"area_share_percent", Msg::field_area_share_percent},
    {"as_of", Msg::field_as_of},
    {"audience", Msg::field_audience},
    {"author", Msg::field_author},
    {"births_per_year", Msg::field_births_per_year},
    {"building", Msg::field_building},
    {"catering", Msg::field_catering},
    {"channel", Msg::field_channel},
    {"contacts", Msg::field_contacts},
    {"county", Msg::field_county},
    {"date", Msg::field_date},
    {"deadline", Msg::field_deadline},
    {"deadline_days", Msg::field_deadline_days},
    {"description", Msg::field_description},
    {"developed_by", Msg::field_developed_by},
    {"directions", Msg::field_directions},
    {"email", Msg::field_email},
    {"end", Msg::field_end},
    {"ends", Msg::field_ends},
    {"extra_recipients", Msg::field_extra_recipients},
    {"focus", Msg::field_focus},
    {"format", Msg::field_format},
    {"former_ids", Msg::field_former_ids},
    {"founded", Msg::field_founded},
    {"frequency", Msg::field_frequency},
    {"funders", Msg::field_funders},
    {"inference_note", Msg::field_inference_note},
    {"inferred", Msg::field_inferred},
    {"invited", Msg::field_invited},
    {"kind", Msg::field_kind},
    {"language", Msg::field_language},
    {"leaders", Msg::field_leaders},
    {"local_work", Msg::field_local_work},
    {"mail_from", Msg::field_mail_from},
    {"mailer_timeout", Msg::field_mailer_timeout},
    {"meeting", Msg::field_meeting},
    {"meeting_days", Msg::field_meeting_days},
    {"members", Msg::field_members},
    {"moved_from", Msg::field_moved_from},
    {"municipalities", Msg::field_municipalities},
    {"municipality", Msg::field_municipality},
    {"name", Msg::field_name},
    {"network", Msg::field_network},
    {"note", Msg::field_note},
    {"opened", Msg::field_opened},
    {"opened_note", Msg::field_opened_note},
    {"operations", Msg::field_operations},
    {"organisation", Msg::field_organisation},
    {"organisers", Msg::field_organisers},
    {"outcome", Msg::field_outcome},
    {"outlook", Msg::field_outlook},
    {"parent", Msg::field_parent},
    {"participant_organisations", Msg::field_participant_organisations},
    {"participants", Msg::field_participants},
    {"parts", Msg::field_parts},
    {"path", Msg::field_path},
    {"person", Msg::field_person},
    {"phone", Msg::field_phone},
    {"place", Msg::field_place},
    {"programme", Msg::field_programme},
    {"publish_contact", Msg::field_publish_contact},
    {"published", Msg::field_published},
    {"publisher", Msg::field_publisher},
    {"purpose", Msg::field_purpose},
    {"quotes", Msg::field_quotes},
    {"reading_hours_per_month", Msg::field_reading_hours_per_month},
    {"recipients", Msg::field_recipients},
    {"region", Msg::field_region},
    {"regions", Msg::field_regions},
    {"registration", Msg::field_registration},
    {"reminders", Msg::field_reminders},
    {"requirement", Msg::field_requirement},
    {"retention_months", Msg::field_retention_months},
    {"role", Msg::field_role},
    {"session", Msg::field_session},
    {"short_name", Msg::field_short_name},
    {"source", Msg::field_source},
    {"sources", Msg::field_sources},
    {"speakers", Msg::field_speakers},
    {"start", Msg::field_start},
    {"starts", Msg::field_starts},
    {"status", Msg::field_status},
    {"summary", Msg::field_summary},
    {"text", Msg::field_text},
    {"theme", Msg::field_theme},
    {"themes", Msg::field_themes},
    {"time", Msg::field_time},  // start and end, shown as one (model::Field::shown_as)
    {"title", Msg::field_title},
    {"to", Msg::field_to},
    {"topic", Msg::field_topic},
    {"topics", Msg::field_topics},
    {"trained", Msg::field_trained},
    {"trained_note", Msg::field_trained_note},
    {"url", Msg::field_url},
    {"venue", Msg::field_venue},
};

static_assert(std::is_sorted(std::begin(kNames), std::end(kNames),
                             [](const auto& a, const auto& b) { return a.first < b.first; }),
              "keep kNames sorted by key");

// The form two names are compared in: lower case, no diacritics, no '-',
// '_' or spaces ("E-post" and "epost", "Sista anmälningsdag" and
// "sista_anmalningsdag" are the same name).
std::string comparable(std::string_view name) {
    std::string folded = util::fold_for_match(name);
    std::erase_if(folded, [](char c) { return c == '-' || c == '_' || c == ' '; });
    return folded;
}

// The parts of a dotted path.
std::vector<std::string_view> parts(std::string_view path) {
    std::vector<std::string_view> out;
    for (std::size_t start = 0;;) {
        const auto dot = path.find('.', start);
        out.push_back(path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) return out;
        start = dot + 1;
    }
}

// Each part of a dotted path through `part`.
template <typename F>
std::string each_part(std::string_view path, F&& part) {
    std::string out;
    for (std::size_t start = 0;;) {
        const auto dot = path.find('.', start);
        const auto piece = path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        out += part(piece);
        if (dot == std::string_view::npos) return out;
        out += '.';
        start = dot + 1;
    }
}

}  // namespace

std::optional<Msg> field_label(std::string_view key) {
    const auto* found = std::lower_bound(std::begin(kNames), std::end(kNames), key,
                                         [](const auto& entry, std::string_view k) { return entry.first < k; });
    if (found == std::end(kNames) || found->first != key) return std::nullopt;
    return found->second;
}

std::string field_name(i18n::Language language, std::string_view path) {
    return each_part(path, [language](std::string_view key) {
        const auto label = field_label(key);
        return label ? std::string(i18n::runtime_text(language, *label)) : std::string(key);
    });
}

catalog::Arg field_arg(std::string_view key) {
    if (const auto label = field_label(key)) return *label;
    return std::string(key);
}

std::optional<model::FieldInfo> find_field(std::span<const model::FieldInfo> fields, std::string_view name) {
    for (const auto& field : fields) {
        if (field.key == name) return field;
    }
    const auto wanted = parts(name);
    for (const auto& field : fields) {
        const auto keys = parts(field.key);
        if (keys.size() != wanted.size()) continue;
        bool same = true;
        for (std::size_t i = 0; same && i < keys.size(); ++i) {
            same = comparable(wanted[i]) == comparable(keys[i]) ||
                   comparable(wanted[i]) == comparable(field_name(i18n::Language::sv, keys[i]));
        }
        if (same) return field;
    }
    return std::nullopt;
}

std::optional<model::FieldInfo> find_field(model::EntityKind kind, std::string_view name) {
    // Qualified, and as a span: model::find_field takes a vector, and
    // argument-dependent look-up would prefer it.
    const auto fields = model::field_infos(kind);
    return labels::find_field(std::span<const model::FieldInfo>(fields), name);
}

std::vector<std::string> field_names(std::span<const model::FieldInfo> fields) {
    std::vector<std::string> names;
    for (const auto& field : fields) {
        names.push_back(field.key);
        auto swedish = field_name(i18n::Language::sv, field.key);
        if (swedish != field.key) names.push_back(std::move(swedish));
    }
    return names;
}

std::vector<std::string> field_names(model::EntityKind kind) {
    const auto fields = model::field_infos(kind);
    return labels::field_names(std::span<const model::FieldInfo>(fields));
}

}  // namespace netadmin::labels
