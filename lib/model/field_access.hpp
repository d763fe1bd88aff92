// Generic access to the fields of model/entities.hpp: for a kind, its
// fields; for a kind and a key, the field, its type and the kind it names;
// for an entity and a key, its value in data form, or a new value parsed
// from text. The templates let code that handles every kind alike (the
// loader, the reference walk, `show`) reach the typed members; the plain
// functions serve a caller that has only a kind and a key (edit, import).
#pragma once

#include "model/entities.hpp"
#include "model/registry.hpp"
#include "model/vocabulary.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace netadmin::model {

// Calls f(std::type_identity<E>{}) with the struct of `kind`.
template <typename F>
decltype(auto) with_kind(EntityKind kind, F&& f) {
    switch (kind) {
        case EntityKind::region: return f(std::type_identity<Region>{});
        case EntityKind::organisation: return f(std::type_identity<Organisation>{});
        case EntityKind::person: return f(std::type_identity<Person>{});
        case EntityKind::centre: return f(std::type_identity<Centre>{});
        case EntityKind::network: return f(std::type_identity<Network>{});
        case EntityKind::programme: return f(std::type_identity<Programme>{});
        case EntityKind::meeting: return f(std::type_identity<Meeting>{});
        case EntityKind::venue: return f(std::type_identity<Venue>{});
        case EntityKind::resource: return f(std::type_identity<Resource>{});
        case EntityKind::count: return f(std::type_identity<CountFact>{});
        case EntityKind::source: break;
    }
    return f(std::type_identity<Source>{});
}

// The registry's entities of one struct.
template <typename E>
auto& entities_of(auto& registry) {
    if constexpr (std::is_same_v<E, Region>) return registry.regions;
    if constexpr (std::is_same_v<E, Organisation>) return registry.organisations;
    if constexpr (std::is_same_v<E, Person>) return registry.people;
    if constexpr (std::is_same_v<E, Centre>) return registry.centres;
    if constexpr (std::is_same_v<E, Network>) return registry.networks;
    if constexpr (std::is_same_v<E, Programme>) return registry.programmes;
    if constexpr (std::is_same_v<E, Meeting>) return registry.meetings;
    if constexpr (std::is_same_v<E, Venue>) return registry.venues;
    if constexpr (std::is_same_v<E, Resource>) return registry.resources;
    if constexpr (std::is_same_v<E, Source>) return registry.sources;
    if constexpr (std::is_same_v<E, CountFact>) return registry.counts;
}

// The fixed vocabularies, by the enum that holds a word.
template <typename T>
struct Words;
template <>
struct Words<MeetingKind> {
    static constexpr auto parse = parse_meeting_kind;
    static constexpr auto names = meeting_kind_names;
    static constexpr auto list = meeting_kind_name_list;
};
template <>
struct Words<MeetingStatus> {
    static constexpr auto parse = parse_meeting_status;
    static constexpr auto names = meeting_status_names;
    static constexpr auto list = meeting_status_name_list;
};
template <>
struct Words<ResourceKind> {
    static constexpr auto parse = parse_resource_kind;
    static constexpr auto names = resource_kind_names;
    static constexpr auto list = resource_kind_name_list;
};
template <>
struct Words<CentreKind> {
    static constexpr auto parse = parse_centre_kind;
    static constexpr auto names = centre_kind_names;
    static constexpr auto list = centre_kind_name_list;
};
template <>
struct Words<Operation> {
    static constexpr auto parse = parse_operation;
    static constexpr auto names = operation_names;
    static constexpr auto list = operation_name_list;
};

// The operations of a set, in the order of the enum.
std::vector<Operation> operation_list(Operations operations);

// The fields of a kind, in table order, then the provenance fields every
// entity has. Nested fields are named by their path: "registration.deadline".
std::vector<FieldInfo> field_infos(EntityKind kind);
// The keys of [settings] as fields, then those of its reminders table
// ("reminders.meeting_days").
std::vector<FieldInfo> settings_field_infos();
// The field `key` (or "table.key") of `kind`; nothing when it has none.
std::optional<FieldInfo> find_field(EntityKind kind, std::string_view key);
// The field `key` among `fields`: the one lookup of a field by its name.
std::optional<FieldInfo> find_field(std::vector<FieldInfo> fields, std::string_view key);

// The value of a field in data form (ISO dates, data words, ids), one string
// per item of a list; empty when unset. A nested table has no data form of
// its own: ask for its fields ("registration.deadline"); a list of tables
// ("speakers") gives nothing.
std::vector<std::string> field_data(const Registry& registry, EntityRef entity, std::string_view key);

enum class Assigned : std::uint8_t {
    ok,
    unknown_key,  // the kind has no such field
    bad_value,    // the text is not a value of the field's type
    not_text,     // the field takes no single text (lists, tables, municipalities and counties that need the reference
                  // data)
};
// Parses `text` as the type of the field `key` ("registration.deadline")
// and sets it; an empty text clears an optional field. Checks the value's
// form only: whether an id names an entity of the right kind is checked
// with the whole registry, as when loading.
Assigned assign_field(Registry& registry, EntityRef entity, std::string_view key, std::string_view text);

}  // namespace netadmin::model
