// The field tables of the simple listings. A column is a key (CSV header,
// JSON key), a translated header and how to get the cell from an entity;
// selection (region, name) and order (Swedish collation of the name, then
// id) are the same for every kind.
#include "report/entity_listings.hpp"

#include "labels/frequency.hpp"
#include "query/inference.hpp"
#include "query/lookup.hpp"
#include "report/listings.hpp"
#include "util/collate.hpp"

#include <algorithm>
#include <vector>

namespace netadmin::report {
namespace {

using i18n::Msg;
using model::Registry;

template <typename T>
struct Field {
    std::string_view key;
    Msg header;
    Cell (*cell)(const Registry& registry, const T& item, i18n::Language language);
};

// The name an entity is listed and searched by: a source's is its title.
template <typename T>
const std::string& listed_name(const T& item) {
    if constexpr (requires { item.title; }) {
        return item.title;
    } else {
        return item.name;
    }
}

// Kinds without a region (sources) match no region filter: they belong to
// the registry, not to a region.
template <typename T>
bool in_region(const T& item, const std::string& region) {
    if constexpr (requires { item.region; }) {
        return item.region == region;
    } else {
        return false;
    }
}

template <typename T>
Table build_listing(const Registry& registry, const std::vector<T>& items, std::span<const Field<T>> fields,
                    const ListingFilter& filter, i18n::Language language) {
    std::vector<const T*> selected;
    for (const auto& item : items) {
        if (!filter.region.empty() && !in_region(item, filter.region)) continue;
        selected.push_back(&item);
    }
    query::keep_named(selected, filter.name, [](const T& item) -> const std::string& { return listed_name(item); });
    std::sort(selected.begin(), selected.end(), [](const T* a, const T* b) {
        const int order = util::compare_swedish(listed_name(*a), listed_name(*b));
        return order != 0 ? order < 0 : a->id < b->id;
    });
    Table table;
    table.marks_inferences = true;
    for (const auto& field : fields) table.columns.push_back({std::string(field.key), field.header});
    for (const auto* item : selected) {
        auto& row = table.rows.emplace_back();
        for (const auto& field : fields) row.push_back(field.cell(registry, *item, language));
        mark_row(row, table.columns, language,
                 [&](std::string_view key) { return query::inference_of(registry, *item, key); });
    }
    return table;
}

template <typename T>
Cell id_cell(const Registry&, const T& item, i18n::Language) {
    return Cell::plain(item.id);
}
template <typename T>
Cell name_cell(const Registry&, const T& item, i18n::Language) {
    return Cell::plain(listed_name(item));
}
template <typename T>
Cell region_of(const Registry& registry, const T& item, i18n::Language) {
    return item.region.empty() ? Cell::null() : region_cell(registry, item.region);
}
template <typename T>
Cell municipality_of(const Registry& registry, const T& item, i18n::Language) {
    return item.municipality_code.empty() ? Cell::null() : municipality_cell(registry, item.municipality_code);
}

const Field<model::Programme> kProgrammeFields[] = {
    {"id", Msg::col_id, id_cell},
    {"name", Msg::col_name, name_cell},
    {"short_name", Msg::col_short_name,
     [](const Registry&, const model::Programme& p, i18n::Language) { return Cell::plain(p.short_name); }},
    {"region", Msg::col_region, region_of},
    {"starts", Msg::col_starts,
     [](const Registry&, const model::Programme& p, i18n::Language l) { return fuzzy_date_cell(p.starts, l); }},
    {"ends", Msg::col_ends,
     [](const Registry&, const model::Programme& p, i18n::Language l) { return fuzzy_date_cell(p.ends, l); }},
};

const Field<model::Network> kNetworkFields[] = {
    {"id", Msg::col_id, id_cell},
    {"name", Msg::col_name, name_cell},
    {"region", Msg::col_region, region_of},
    {"founded", Msg::col_founded,
     [](const Registry&, const model::Network& n, i18n::Language l) { return fuzzy_date_cell(n.founded, l); }},
    {"frequency", Msg::col_frequency,
     [](const Registry&, const model::Network& n, i18n::Language l) {
         // Free text: the common frequencies in the view's words, data as written.
         return Cell::pair(labels::frequency_text(l, n.frequency), n.frequency);
     }},
};

const Field<model::Organisation> kOrganisationFields[] = {
    {"id", Msg::col_id, id_cell},
    {"name", Msg::col_name, name_cell},
    {"kind", Msg::col_kind,
     [](const Registry&, const model::Organisation& o, i18n::Language) { return Cell::plain(o.kind); }},
    {"parent", Msg::col_parent,
     [](const Registry& r, const model::Organisation& o, i18n::Language) {
         const auto* parent = r.organisation(o.parent);
         return o.parent.empty() ? Cell::null() : Cell::pair(parent ? parent->name : o.parent, o.parent);
     }},
    {"region", Msg::col_region, region_of},
    {"municipality", Msg::col_municipality, municipality_of},
};

const Field<model::Venue> kVenueFields[] = {
    {"id", Msg::col_id, id_cell},
    {"name", Msg::col_name, name_cell},
    {"building", Msg::col_building,
     [](const Registry&, const model::Venue& v, i18n::Language) { return Cell::plain(v.building); }},
    {"address", Msg::col_address,
     [](const Registry&, const model::Venue& v, i18n::Language) { return Cell::plain(v.address); }},
    {"municipality", Msg::col_municipality, municipality_of},
    {"region", Msg::col_region, region_of},
};

const Field<model::Source> kSourceFields[] = {
    {"id", Msg::col_id, id_cell},
    {"title", Msg::col_title, name_cell},
    {"publisher", Msg::col_publisher,
     [](const Registry&, const model::Source& s, i18n::Language) { return Cell::plain(s.publisher); }},
    {"published", Msg::col_published,
     [](const Registry&, const model::Source& s, i18n::Language l) { return fuzzy_date_cell(s.published, l); }},
    {"accessed", Msg::col_accessed,
     [](const Registry&, const model::Source& s, i18n::Language l) { return fuzzy_date_cell(s.accessed, l); }},
    {"url", Msg::col_url, [](const Registry&, const model::Source& s, i18n::Language) { return Cell::plain(s.url); }},
};

const EntityListing kListings[] = {
    {"programmes", Msg::empty_programmes,
     [](const Registry& r, const ListingFilter& f, i18n::Language l) {
         return build_listing<model::Programme>(r, r.programmes, kProgrammeFields, f, l);
     }},
    {"networks", Msg::empty_networks,
     [](const Registry& r, const ListingFilter& f, i18n::Language l) {
         return build_listing<model::Network>(r, r.networks, kNetworkFields, f, l);
     }},
    {"organisations", Msg::empty_organisations,
     [](const Registry& r, const ListingFilter& f, i18n::Language l) {
         return build_listing<model::Organisation>(r, r.organisations, kOrganisationFields, f, l);
     }},
    {"venues", Msg::empty_venues,
     [](const Registry& r, const ListingFilter& f, i18n::Language l) {
         return build_listing<model::Venue>(r, r.venues, kVenueFields, f, l);
     }},
    {"sources", Msg::empty_sources,
     [](const Registry& r, const ListingFilter& f, i18n::Language l) {
         return build_listing<model::Source>(r, r.sources, kSourceFields, f, l);
     }},
};

}  // namespace

std::span<const EntityListing> entity_listings() { return kListings; }

const EntityListing* entity_listing(std::string_view plural) {
    for (const auto& listing : kListings) {
        if (listing.plural == plural) return &listing;
    }
    return nullptr;
}

}  // namespace netadmin::report
