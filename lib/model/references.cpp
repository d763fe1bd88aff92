#include "model/references.hpp"

#include "model/field_access.hpp"

namespace netadmin::model {
namespace {

using Visit = std::function<void(EntityRef, std::string_view, const Id&)>;

void one(const Visit& visit, EntityRef from, std::string_view key, const Id& to) {
    if (!to.empty()) visit(from, key, to);
}

void all(const Visit& visit, EntityRef from, std::string_view key, const std::vector<Id>& ids) {
    for (const auto& id : ids) one(visit, from, key, id);
}

// The ids the fields of `item` name, a nested table's under the key of the
// field that holds it ("speakers" for a speaker's person).
template <typename E>
void walk(const Visit& visit, EntityRef from, const E& item, std::string_view outer = {}) {
    for (const auto& field : fields_of<E>()) {
        const auto key = outer.empty() ? field.key : outer;
        std::visit(
            [&](auto member) {
                const auto& value = item.*member;
                using T = std::remove_cvref_t<decltype(value)>;
                if constexpr (std::is_same_v<T, std::string>) {
                    if (field.type == ValueType::id) one(visit, from, key, value);
                } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                    if (field.type == ValueType::id_list) all(visit, from, key, value);
                } else if constexpr (std::is_same_v<T, std::optional<std::vector<std::string>>>) {
                    if (field.type == ValueType::id_list && value) all(visit, from, key, *value);
                } else if constexpr (kIsTable<T>) {
                    for_each_table(value, [&](const auto& table) { walk(visit, from, table, key); });
                }
            },
            field.member);
    }
}

}  // namespace

void for_each_reference(const Registry& r, const Visit& visit) {
    for (const auto kind : {EntityKind::region, EntityKind::organisation, EntityKind::person, EntityKind::centre,
                            EntityKind::network, EntityKind::programme, EntityKind::meeting, EntityKind::venue,
                            EntityKind::resource, EntityKind::source, EntityKind::count}) {
        with_kind(kind, [&](auto type) {
            using E = typename decltype(type)::type;
            const auto& items = entities_of<E>(r);
            for (std::size_t i = 0; i < items.size(); ++i)
                walk(visit, EntityRef{kind, static_cast<std::uint32_t>(i)}, items[i]);
        });
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
    cite(EntityKind::count, r.counts.size());
}

}  // namespace netadmin::model
