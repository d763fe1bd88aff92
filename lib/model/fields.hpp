// The field tables: one per entity kind (in the entity's header,
// model/centre.hpp …, beside the struct it describes) and one per nested
// table (here). A field is its registry key, what its value is (the
// ValueType), the member that holds it, whether it is required, which kind
// of entity it names, and its line in docs/registry.md. The loader, the reference walk, `show` and the JSON of
// `show` take the fields from these tables; model/field_access.hpp answers
// "which fields, of what type" for one kind and key without templates.
//
// Adding a field to an entity: one member and one row in its header
// (see docs/architecture.md, "Adding a field").
#pragma once

#include "catalog/messages.hpp"
#include "model/values.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace netadmin::model {

// What a field holds. The type, not the key, says how a value is read,
// checked, shown and walked.
enum class ValueType : std::uint8_t {
    text,          // free text
    email,         // an e-mail address, checked when read
    municipality,  // named in files (name or SCB code), held as its SCB code
    county,        // a county code of the reference data
    language,      // a language code ("sv", "en")
    text_list,     // an array of words or ids that name no entity
    date,          // a date of any precision (time::FuzzyDate)
    time,          // a time of day
    count,         // an exact or approximate count (model::Count)
    integer,       // an integer in [min, max]; a value outside is dropped
    flag,          // true or false
    id,            // the id of an entity of kind `refers_to`
    id_list,       // ids of entities of kind `refers_to`
    word,          // one word of a fixed vocabulary (an enum)
    word_set,      // words of a fixed vocabulary (model::Operations)
    day_list,      // reminder offsets in days before a date
    table,         // a nested table with a field table of its own
    table_list,    // an array of such tables
};

// The member that holds a field's value: every type an entity's field has.
template <typename E>
using Member =
    std::variant<std::string E::*, std::vector<std::string> E::*, std::optional<std::vector<std::string>> E::*,
                 std::optional<time::FuzzyDate> E::*, std::optional<time::TimeOfDay> E::*, std::optional<Count> E::*,
                 std::optional<int> E::*, bool E::*, std::optional<std::vector<int>> E::*, MeetingKind E::*,
                 MeetingStatus E::*, ResourceKind E::*, std::optional<CentreKind> E::*, Operations E::*,
                 std::optional<Registration> E::*, ReminderRules E::*, std::vector<Theme> E::*, std::vector<Quote> E::*,
                 std::vector<Speaker> E::*>;

template <typename E>
struct Field {
    std::string_view key;  // the registry key, also the key of `show` and its JSON
    ValueType type = ValueType::text;
    Member<E> member;
    bool required = false;
    std::optional<EntityKind> refers_to = std::nullopt;  // id and id_list
    catalog::Msg doc{};  // what it holds: `fields`, docs/registry.md (a doc_ key of the catalogue)
    int min = 0;         // integer: the range kept
    int max = 0;
    bool file_region = false;        // id: the file's region when not given
    std::string_view shown_as = {};  // `show` joins the fields with the same name ("start", "end" -> "time")
};

// A field without its member: what a caller that knows only a kind and a
// key needs (model/field_access.hpp).
struct FieldInfo {
    std::string key;  // a nested field by its path: "registration.deadline"
    ValueType type = ValueType::text;
    bool required = false;
    std::optional<EntityKind> refers_to;
    catalog::Msg doc{};
    std::optional<int> min;  // integer: the range kept
    std::optional<int> max;
    std::vector<std::string_view> words;  // word, word_set: the data words allowed
};

template <typename E>
FieldInfo info(const Field<E>& field) {
    FieldInfo out;
    out.key = std::string(field.key);
    out.type = field.type;
    out.required = field.required;
    out.refers_to = field.refers_to;
    out.doc = field.doc;
    if (field.type == ValueType::integer) {
        out.min = field.min;
        out.max = field.max;
    }
    return out;
}

// The table of an entity or nested table: fields_of<Centre>().
template <typename E>
constexpr std::span<const Field<E>> fields_of();

// The nested table a member holds (void: none), and each of the tables a
// value holds: none or one (an optional table), one (reminder rules), or
// any number (themes, quotes, speakers).
template <typename T>
struct NestedTable {
    using type = void;
};
template <>
struct NestedTable<std::optional<Registration>> {
    using type = Registration;
};
template <>
struct NestedTable<ReminderRules> {
    using type = ReminderRules;
};
template <>
struct NestedTable<std::vector<Theme>> {
    using type = Theme;
};
template <>
struct NestedTable<std::vector<Quote>> {
    using type = Quote;
};
template <>
struct NestedTable<std::vector<Speaker>> {
    using type = Speaker;
};
template <typename T>
inline constexpr bool kIsTable = !std::is_void_v<typename NestedTable<std::remove_cvref_t<T>>::type>;

template <typename T, typename F>
void for_each_table(T& value, F&& f) {
    using V = std::remove_cvref_t<T>;
    if constexpr (std::is_same_v<V, std::optional<typename NestedTable<V>::type>>) {
        if (value) f(*value);
    } else if constexpr (std::is_same_v<V, std::vector<typename NestedTable<V>::type>>) {
        for (auto& table : value) f(table);
    } else {
        f(value);
    }
}

// The nested tables.

inline constexpr Field<Registration> kRegistrationFields[] = {
    {.key = "deadline",
     .type = ValueType::date,
     .member = &Registration::deadline,
     .doc = catalog::Msg::doc_registration_deadline},
    {.key = "channel",
     .type = ValueType::text,
     .member = &Registration::channel,
     .doc = catalog::Msg::doc_registration_channel},
    {.key = "requirement",
     .type = ValueType::text,
     .member = &Registration::requirement,
     .doc = catalog::Msg::doc_registration_requirement},
};
template <>
constexpr std::span<const Field<Registration>> fields_of<Registration>() {
    return kRegistrationFields;
}

inline constexpr Field<ReminderRules> kReminderFields[] = {
    {.key = "meeting_days",
     .type = ValueType::day_list,
     .member = &ReminderRules::meeting_days,
     .doc = catalog::Msg::doc_reminder_rules_meeting_days},
    {.key = "deadline_days",
     .type = ValueType::day_list,
     .member = &ReminderRules::deadline_days,
     .doc = catalog::Msg::doc_reminder_rules_deadline_days},
    {.key = "to",
     .type = ValueType::text_list,
     .member = &ReminderRules::to,
     .doc = catalog::Msg::doc_reminder_rules_to},
};
template <>
constexpr std::span<const Field<ReminderRules>> fields_of<ReminderRules>() {
    return kReminderFields;
}

// A theme's id is read as every id is (model::Theme has one); it names no entity.
inline constexpr Field<Theme> kThemeFields[] = {
    {.key = "name",
     .type = ValueType::text,
     .member = &Theme::name,
     .required = true,
     .doc = catalog::Msg::doc_theme_name},
    {.key = "focus", .type = ValueType::flag, .member = &Theme::focus, .doc = catalog::Msg::doc_theme_focus},
};
template <>
constexpr std::span<const Field<Theme>> fields_of<Theme>() {
    return kThemeFields;
}

inline constexpr Field<Quote> kQuoteFields[] = {
    {.key = "text",
     .type = ValueType::text,
     .member = &Quote::text,
     .required = true,
     .doc = catalog::Msg::doc_quote_text},
    {.key = "source", .type = ValueType::text, .member = &Quote::source, .doc = catalog::Msg::doc_quote_source},
};
template <>
constexpr std::span<const Field<Quote>> fields_of<Quote>() {
    return kQuoteFields;
}

inline constexpr Field<Speaker> kSpeakerFields[] = {
    {.key = "person",
     .type = ValueType::id,
     .member = &Speaker::person,
     .required = true,
     .refers_to = EntityKind::person,
     .doc = catalog::Msg::doc_speaker_person},
    {.key = "topic", .type = ValueType::text, .member = &Speaker::topic, .doc = catalog::Msg::doc_speaker_topic},
};
template <>
constexpr std::span<const Field<Speaker>> fields_of<Speaker>() {
    return kSpeakerFields;
}

// The keys every entity may have for its provenance, after its own fields.
inline constexpr Field<Provenance> kProvenanceFields[] = {
    {.key = "sources",
     .type = ValueType::id_list,
     .member = &Provenance::sources,
     .refers_to = EntityKind::source,
     .doc = catalog::Msg::doc_provenance_sources},
    {.key = "inferred",
     .type = ValueType::text_list,
     .member = &Provenance::inferred,
     .doc = catalog::Msg::doc_provenance_inferred},
    {.key = "inference_note",
     .type = ValueType::text,
     .member = &Provenance::inference_note,
     .doc = catalog::Msg::doc_provenance_inference_note},
};
template <>
constexpr std::span<const Field<Provenance>> fields_of<Provenance>() {
    return kProvenanceFields;
}

}  // namespace netadmin::model
