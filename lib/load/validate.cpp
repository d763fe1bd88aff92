#include "load/validate.hpp"

#include "load/count_checks.hpp"

#include "labels/labels.hpp"
#include "model/vocabulary.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace netadmin::load {

using i18n::Msg;
using model::EntityKind;

namespace {

Location location_of(const model::Registry& registry, const model::SourceRef& where) {
    const auto& file = where.file < registry.files.size() ? registry.files[where.file] : std::string();
    return Location{file, where.line, where.column};
}

void check_duplicates(model::Registry& registry, Diagnostics& diagnostics) {
    for (const auto& duplicate : registry.build_index()) {
        const auto& id = registry.id_of(duplicate);
        const auto first = *registry.find(id);
        diagnostics.error(location_of(registry, registry.where(duplicate)), Msg::err_duplicate_id, id,
                          labels::label(first.kind), render_location(location_of(registry, registry.where(first))));
    }
}

std::size_t entity_count(const model::Registry& r, EntityKind kind) {
    switch (kind) {
        case EntityKind::region: return r.regions.size();
        case EntityKind::organisation: return r.organisations.size();
        case EntityKind::person: return r.people.size();
        case EntityKind::centre: return r.centres.size();
        case EntityKind::network: return r.networks.size();
        case EntityKind::programme: return r.programmes.size();
        case EntityKind::meeting: return r.meetings.size();
        case EntityKind::venue: return r.venues.size();
        case EntityKind::resource: return r.resources.size();
        case EntityKind::source: return r.sources.size();
        case EntityKind::count: return r.counts.size();
    }
    return 0;
}

std::vector<std::string_view> ids_of_kind(const model::Registry& registry, EntityKind kind) {
    std::vector<std::string_view> ids;
    for (const auto id : registry.all_ids()) {
        if (registry.find(id)->kind == kind) ids.push_back(id);
    }
    // The index is unordered; sort so the suggestion is deterministic.
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Suggestions cost an edit distance against every id of the kind, so they
// are offered for the first kMaxSuggestions dangling references only: a
// registry with a million bad references must still be checked in seconds.
constexpr std::size_t kMaxSuggestions = 100;

void check_references(const model::Registry& registry, const PendingReferences& references, Diagnostics& diagnostics) {
    std::map<EntityKind, std::vector<std::string_view>> candidates;
    std::size_t suggested = 0;
    for (const auto& reference : references.items()) {
        const auto id = references.id(reference);
        const auto found = registry.find(id);
        if (found && found->kind == reference.expected) continue;
        if (found) {
            diagnostics.error(location_of(registry, reference.where), Msg::err_wrong_reference_kind,
                              std::string(reference.key), labels::label(reference.expected), std::string(id),
                              labels::label(found->kind));
            continue;
        }
        auto& d = diagnostics.error(location_of(registry, reference.where), Msg::err_unknown_reference,
                                    std::string(reference.key), labels::label(reference.expected), std::string(id));
        if (suggested++ >= kMaxSuggestions) continue;
        auto [it, fresh] = candidates.try_emplace(reference.expected);
        if (fresh) it->second = ids_of_kind(registry, reference.expected);
        if (auto suggestion = util::closest_match(id, std::span<const std::string_view>(it->second))) {
            add_suggestion(d, *suggestion);
        }
    }
}

void require_region(const model::Registry& registry, Diagnostics& diagnostics, Msg kind, const std::string& id,
                    const std::string& region, const model::SourceRef& where) {
    if (!region.empty()) return;
    auto& d = diagnostics.error(location_of(registry, where), Msg::err_no_region, kind, id);
    d.set_hint(Msg::hint_region_key);
}

void check_municipality_in_region(const model::Registry& registry, Diagnostics& diagnostics,
                                  const std::string& municipality_code, const std::string& region_id,
                                  const model::SourceRef& where) {
    if (municipality_code.empty() || region_id.empty()) return;
    const auto* region = registry.region(region_id);
    const auto* municipality = registry.reference.municipality_by_code(municipality_code);
    if (region == nullptr || municipality == nullptr || region->county_code.empty()) return;
    if (municipality->county_code == region->county_code) return;
    const auto* county = registry.reference.county(municipality->county_code);
    diagnostics.error(location_of(registry, where), Msg::err_municipality_outside_region, municipality->name,
                      county != nullptr ? county->name : municipality->county_code, region_id);
}

void settle_meetings(model::Registry& registry, Diagnostics& diagnostics) {
    for (auto& meeting : registry.meetings) {
        const auto* network = registry.network(meeting.network);
        const auto* programme = registry.programme(meeting.programme);
        if (meeting.region.empty() && network != nullptr) meeting.region = network->region;
        if (meeting.region.empty() && programme != nullptr) meeting.region = programme->region;
        if (meeting.venue.empty() && programme != nullptr) meeting.venue = programme->venue;
        if (programme == nullptr) continue;
        for (const auto& theme : meeting.themes) {
            const bool known = std::any_of(programme->themes.begin(), programme->themes.end(),
                                           [&](const model::Theme& t) { return t.id == theme; });
            if (known) continue;
            std::vector<std::string> names;
            for (const auto& t : programme->themes) names.push_back(t.id);
            auto& d = diagnostics.error(location_of(registry, meeting.where), Msg::err_unknown_reference,
                                        std::string("themes"), Msg::field_theme, theme);
            if (auto suggestion = util::closest_match(theme, std::span<const std::string>(names))) {
                add_suggestion(d, *suggestion);
            }
        }
    }
}

// Suspicious but allowed: a session dated outside its programme's period.
void warn_outside_period(const model::Registry& registry, Diagnostics& diagnostics) {
    for (const auto& meeting : registry.meetings) {
        const auto* programme = registry.programme(meeting.programme);
        if (programme == nullptr || !meeting.date || !programme->starts || !programme->ends) continue;
        if (meeting.date->last_day() >= programme->starts->first_day() &&
            meeting.date->first_day() <= programme->ends->last_day()) {
            continue;
        }
        diagnostics.warning(location_of(registry, meeting.where), Msg::warn_outside_programme_period,
                            time::to_data_string(*meeting.date), programme->id,
                            time::to_data_string(*programme->starts), time::to_data_string(*programme->ends));
    }
}

// Allowed but worth knowing: two people with one address (in any case) are
// one mailbox, and reminders go to it once. Said at both of them.
void warn_shared_addresses(const model::Registry& registry, Diagnostics& diagnostics) {
    std::unordered_map<std::string, std::vector<const model::Person*>> by_address;
    for (const auto& person : registry.people) {
        if (!person.email.empty()) by_address[util::to_lower(person.email)].push_back(&person);
    }
    for (const auto& person : registry.people) {
        if (person.email.empty()) continue;
        const auto& sharing = by_address[util::to_lower(person.email)];
        if (sharing.size() < 2) continue;
        const auto* other = sharing.front() != &person ? sharing.front() : sharing[1];
        diagnostics.warning(location_of(registry, person.where), Msg::warn_shared_address, person.email, other->id,
                            render_location(location_of(registry, other->where)));
    }
}

// An entity that cites no source states facts nobody can check. Listed one
// by one up to kMaxUncitedListed, then counted in one more warning, so that
// a registry written before sources existed is not buried in warnings.
constexpr std::size_t kMaxUncitedListed = 20;

void warn_uncited(const model::Registry& registry, Diagnostics& diagnostics) {
    std::size_t uncited = 0;
    for (std::size_t k = 0; k <= static_cast<std::size_t>(EntityKind::resource); ++k) {
        const auto kind = static_cast<EntityKind>(k);
        const auto count = entity_count(registry, kind);
        for (std::uint32_t i = 0; i < count; ++i) {
            const model::EntityRef ref{kind, i};
            if (!model::provenance_of(registry, ref)->sources.empty()) continue;
            if (++uncited > kMaxUncitedListed) continue;
            auto& d = diagnostics.warning(location_of(registry, registry.where(ref)), Msg::warn_no_source,
                                          labels::label(kind), registry.id_of(ref));
            d.set_hint(Msg::hint_cite_source);
        }
    }
    if (uncited > kMaxUncitedListed) {
        // At the registry; a registry given as files alone has no folder, so its first file.
        const auto& where = registry.root.empty() && !registry.files.empty() ? registry.files.front() : registry.root;
        diagnostics.warning(Location{where}, Msg::warn_more_without_source,
                            static_cast<std::int64_t>(uncited - kMaxUncitedListed));
    }
}

}  // namespace

void validate(model::Registry& registry, const PendingReferences& references, Diagnostics& diagnostics) {
    check_duplicates(registry, diagnostics);
    check_references(registry, references, diagnostics);
    settle_meetings(registry, diagnostics);
    warn_outside_period(registry, diagnostics);
    warn_shared_addresses(registry, diagnostics);
    warn_uncited(registry, diagnostics);
    warn_counts_exceeded(registry, diagnostics);
    for (const auto& centre : registry.centres) {
        require_region(registry, diagnostics, Msg::entity_centre, centre.id, centre.region, centre.where);
        check_municipality_in_region(registry, diagnostics, centre.municipality_code, centre.region,
                                     centre.municipality_at);
    }
    for (const auto& network : registry.networks) {
        require_region(registry, diagnostics, Msg::entity_network, network.id, network.region, network.where);
    }
}

}  // namespace netadmin::load
