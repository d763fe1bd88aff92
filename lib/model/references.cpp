#include "model/references.hpp"

namespace netadmin::model {
namespace {

using Visit = std::function<void(EntityRef, std::string_view, const Id&)>;

void one(const Visit& visit, EntityRef from, std::string_view key, const Id& to) {
    if (!to.empty()) visit(from, key, to);
}

void all(const Visit& visit, EntityRef from, std::string_view key, const std::vector<Id>& ids) {
    for (const auto& id : ids) one(visit, from, key, id);
}

}  // namespace

void for_each_reference(const Registry& r, const Visit& visit) {
    auto ref = [](EntityKind kind, std::size_t i) { return EntityRef{kind, static_cast<std::uint32_t>(i)}; };
    for (std::size_t i = 0; i < r.regions.size(); ++i)
        all(visit, ref(EntityKind::region, i), "contacts", r.regions[i].contacts);
    for (std::size_t i = 0; i < r.organisations.size(); ++i) {
        const auto from = ref(EntityKind::organisation, i);
        one(visit, from, "parent", r.organisations[i].parent);
        one(visit, from, "region", r.organisations[i].region);
    }
    for (std::size_t i = 0; i < r.people.size(); ++i) {
        const auto from = ref(EntityKind::person, i);
        one(visit, from, "organisation", r.people[i].organisation);
        one(visit, from, "region", r.people[i].region);
    }
    for (std::size_t i = 0; i < r.centres.size(); ++i) {
        const auto from = ref(EntityKind::centre, i);
        one(visit, from, "region", r.centres[i].region);
        all(visit, from, "contacts", r.centres[i].contacts);
    }
    for (std::size_t i = 0; i < r.networks.size(); ++i) {
        const auto from = ref(EntityKind::network, i);
        one(visit, from, "region", r.networks[i].region);
        all(visit, from, "contacts", r.networks[i].contacts);
        if (r.networks[i].members) all(visit, from, "members", *r.networks[i].members);
    }
    for (std::size_t i = 0; i < r.programmes.size(); ++i) {
        const auto& p = r.programmes[i];
        const auto from = ref(EntityKind::programme, i);
        one(visit, from, "region", p.region);
        all(visit, from, "organisers", p.organisers);
        all(visit, from, "leaders", p.leaders);
        all(visit, from, "contacts", p.contacts);
        all(visit, from, "funders", p.funders);
        all(visit, from, "developed_by", p.developed_by);
        all(visit, from, "participants", p.participants);
        one(visit, from, "venue", p.venue);
    }
    for (std::size_t i = 0; i < r.meetings.size(); ++i) {
        const auto& m = r.meetings[i];
        const auto from = ref(EntityKind::meeting, i);
        one(visit, from, "region", m.region);
        one(visit, from, "network", m.network);
        one(visit, from, "programme", m.programme);
        one(visit, from, "venue", m.venue);
        all(visit, from, "organisers", m.organisers);
        for (const auto& speaker : m.speakers) one(visit, from, "speakers", speaker.person);
        all(visit, from, "participant_organisations", m.participant_organisations);
        if (m.recipients) all(visit, from, "recipients", *m.recipients);
        all(visit, from, "extra_recipients", m.extra_recipients);
    }
    for (std::size_t i = 0; i < r.venues.size(); ++i)
        one(visit, ref(EntityKind::venue, i), "region", r.venues[i].region);
    for (std::size_t i = 0; i < r.resources.size(); ++i) {
        const auto& res = r.resources[i];
        const auto from = ref(EntityKind::resource, i);
        one(visit, from, "region", res.region);
        one(visit, from, "meeting", res.meeting);
        one(visit, from, "programme", res.programme);
        one(visit, from, "author", res.author);
    }
    for_each_citation(r, [&](EntityRef from, const Id& source) { visit(from, "sources", source); });
}

void for_each_citation(const Registry& r, const std::function<void(EntityRef from, const Id& source)>& visit) {
    auto cite = [&](EntityKind kind, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) {
            const EntityRef from{kind, static_cast<std::uint32_t>(i)};
            for (const auto& id : provenance_of(r, from)->sources) visit(from, id);
        }
    };
    cite(EntityKind::region, r.regions.size());
    cite(EntityKind::organisation, r.organisations.size());
    cite(EntityKind::person, r.people.size());
    cite(EntityKind::centre, r.centres.size());
    cite(EntityKind::network, r.networks.size());
    cite(EntityKind::programme, r.programmes.size());
    cite(EntityKind::meeting, r.meetings.size());
    cite(EntityKind::venue, r.venues.size());
    cite(EntityKind::resource, r.resources.size());
}

}  // namespace netadmin::model
