// One reader for every entity kind and nested table, driven by the field
// tables of model/entities.hpp and model/fields.hpp: the where and id every
// table has, then each field as its type says, then the provenance, then
// the rules of the kind that span several fields (load/entity_checks.cpp),
// then the keys nobody asked for.
#include "load/entity_readers.hpp"

#include "i18n/language.hpp"
#include "model/field_access.hpp"
#include "util/email.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::load {

using i18n::Msg;
using model::ValueType;

namespace {

template <typename E>
void read_fields(TableReader& reader, const ReadContext& context, E& item);

template <typename E>
void read_preamble(TableReader& reader, E& item) {
    if constexpr (requires { item.where; }) item.where = reader.source_ref();
    if constexpr (requires { item.id; }) item.id = read_id(reader);
}

// The words of the reminder rules' `to`, in English as stored; a Swedish
// word, or one in capitals, is read as its English one. An unknown word is
// an error at its place, and the rules then say nothing of `to` (the next
// level's holds), so a misspelt word never silently drops the contacts.
void check_nested(TableReader& reader, model::ReminderRules& rules) {
    if (!rules.to) return;
    const auto* array = reader.raw("to") != nullptr ? reader.raw("to")->as_array() : nullptr;
    std::vector<std::string> words;
    bool all_known = true;
    for (std::size_t i = 0; i < rules.to->size(); ++i) {
        const auto& word = (*rules.to)[i];
        if (auto known = model::audience_word(util::to_lower(word))) {
            if (std::find(words.begin(), words.end(), *known) == words.end()) words.emplace_back(*known);
            continue;
        }
        all_known = false;
        const auto where = array != nullptr && i < array->size() ? location_of(reader.file(), (*array)[i].source())
                                                                 : reader.location("to");
        reader.diagnostics().error(where, Msg::err_unknown_value, std::string("reminders.to"), word,
                                   std::string("contacts, registered, kontakter, anmälda"));
    }
    if (all_known) {
        rules.to = std::move(words);
    } else {
        rules.to.reset();
    }
}

template <typename T>
void check_nested(TableReader&, T&) {}

// A nested table (or list of them) under `key`, read like an entity.
template <typename T>
T read_nested(TableReader& outer, const ReadContext& context, std::string_view key, const toml::table& table) {
    TableReader reader(table, outer.name() + "." + std::string(key), outer.file());
    T item;
    read_preamble(reader, item);
    read_fields(reader, context, item);
    check_nested(reader, item);
    reader.finish();
    return item;
}

// False when a word is not known: the set is then incomplete.
bool read_operations(TableReader& reader, std::string_view key, model::Operations& operations) {
    const auto names = reader.string_list(key);
    if (!names) return true;
    bool all_known = true;
    for (std::size_t i = 0; i < names->size(); ++i) {
        const auto& name = (*names)[i];
        if (auto op = model::Words<model::Operation>::parse(name)) {
            operations.add(*op);
            continue;
        }
        const auto* array = reader.raw(key)->as_array();
        const auto where = array != nullptr && i < array->size() ? location_of(reader.file(), (*array)[i].source())
                                                                 : reader.location(key);
        reader.diagnostics().error(where, Msg::err_unknown_value, std::string("operation"), name,
                                   model::Words<model::Operation>::names());
        all_known = false;
    }
    return all_known;
}

template <typename E>
void read_text(TableReader& reader, const ReadContext& context, const model::Field<E>& field, std::string& value) {
    const auto key = field.key;
    switch (field.type) {
        case ValueType::municipality: value = read_municipality(reader, key, context.reference, field.required); return;
        case ValueType::id: {
            const bool present = reader.has(key);
            value = reader.reference(key, *field.refers_to).value_or(field.file_region ? context.file_region : "");
            if (field.required && !present) {
                reader.diagnostics().error(reader.location(), Msg::err_missing_key, reader.name(), std::string(key));
            }
            return;
        }
        case ValueType::language:
            if (auto language = reader.choice(key, i18n::parse_language, i18n::language_names)) {
                value = i18n::language_code(*language);
            }
            return;
        default: break;
    }
    value = field.required ? reader.required_string(key) : reader.string(key).value_or("");
    if (field.type == ValueType::email && !value.empty() && !util::is_valid_email(value)) {
        reader.diagnostics().error(reader.location(key), Msg::err_invalid_email, value);
    }
    if (field.type == ValueType::county && !value.empty() && context.reference.county(value) == nullptr) {
        reader.diagnostics().error(reader.location(key), Msg::err_unknown_county, value);
    }
}

template <typename E, typename T>
void read_value(TableReader& reader, const ReadContext& context, const model::Field<E>& field, T& value) {
    const auto key = field.key;
    if constexpr (std::is_same_v<T, std::string>) {
        read_text(reader, context, field, value);
    } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
        value = field.type == ValueType::id_list ? reader.reference_list(key, *field.refers_to)
                                                 : reader.string_list(key).value_or(std::vector<std::string>{});
    } else if constexpr (std::is_same_v<T, std::optional<std::vector<std::string>>>) {
        value = field.type == ValueType::id_list ? reader.optional_reference_list(key, *field.refers_to)
                                                 : reader.string_list(key);
    } else if constexpr (std::is_same_v<T, std::optional<time::FuzzyDate>>) {
        value = reader.date(key);
    } else if constexpr (std::is_same_v<T, std::optional<time::TimeOfDay>>) {
        value = reader.time(key);
    } else if constexpr (std::is_same_v<T, std::optional<model::Count>>) {
        value = reader.count(key);
    } else if constexpr (std::is_same_v<T, std::optional<int>>) {
        if (auto number = reader.integer(key)) {
            if (*number >= field.min && *number <= field.max) value = static_cast<int>(*number);
        }
    } else if constexpr (std::is_same_v<T, bool>) {
        value = reader.boolean(key).value_or(false);
    } else if constexpr (std::is_same_v<T, std::optional<std::vector<int>>>) {
        value = reader.day_list(key);
    } else if constexpr (std::is_same_v<T, model::Operations>) {
        read_operations(reader, key, value);
    } else if constexpr (std::is_same_v<T, std::optional<model::CentreKind>>) {
        using Words = model::Words<model::CentreKind>;
        value = field.required ? reader.required_choice(key, Words::parse, Words::names)
                               : reader.choice(key, Words::parse, Words::names);
    } else if constexpr (std::is_enum_v<T>) {
        // Unset or unknown: the struct's default stays.
        using Words = model::Words<T>;
        const auto word = field.required ? reader.required_choice(key, Words::parse, Words::names)
                                         : reader.choice(key, Words::parse, Words::names);
        if (word) value = *word;
    } else if constexpr (std::is_same_v<T, std::vector<typename model::NestedTable<T>::type>>) {
        using Nested = typename model::NestedTable<T>::type;
        for (const auto* table : reader.table_list(key))
            value.push_back(read_nested<Nested>(reader, context, key, *table));
    } else if constexpr (model::kIsTable<T>) {
        using Nested = typename model::NestedTable<T>::type;
        if (const auto* table = reader.table(key)) value = read_nested<Nested>(reader, context, key, *table);
    } else {
        static_assert(sizeof(T) == 0, "a member type the loader cannot read");
    }
}

template <typename E>
void read_fields(TableReader& reader, const ReadContext& context, E& item) {
    for (const auto& field : model::fields_of<E>()) {
        std::visit([&](auto member) { read_value(reader, context, field, item.*member); }, field.member);
    }
}

}  // namespace

template <typename E>
E read_entity(TableReader& reader, const ReadContext& context) {
    E item;
    read_preamble(reader, item);
    read_fields(reader, context, item);
    // A field it takes from its file when not given may be marked inferred
    // too: the placement in that file is then the inference.
    std::vector<std::string_view> from_file;
    for (const auto& field : model::fields_of<E>()) {
        if (field.file_region && !context.file_region.empty()) from_file.push_back(field.key);
    }
    item.provenance = read_provenance(reader, context, from_file);
    check_entity(reader, context, item);
    reader.finish();
    return item;
}

template model::Region read_entity(TableReader&, const ReadContext&);
template model::Organisation read_entity(TableReader&, const ReadContext&);
template model::Person read_entity(TableReader&, const ReadContext&);
template model::Centre read_entity(TableReader&, const ReadContext&);
template model::Network read_entity(TableReader&, const ReadContext&);
template model::Programme read_entity(TableReader&, const ReadContext&);
template model::Meeting read_entity(TableReader&, const ReadContext&);
template model::Venue read_entity(TableReader&, const ReadContext&);
template model::Resource read_entity(TableReader&, const ReadContext&);
template model::Source read_entity(TableReader&, const ReadContext&);
template model::CountFact read_entity(TableReader&, const ReadContext&);

model::ReminderRules read_reminders(TableReader& reader, const ReadContext& context) {
    model::ReminderRules rules;
    if (const auto* table = reader.table("reminders")) {
        rules = read_nested<model::ReminderRules>(reader, context, "reminders", *table);
    }
    return rules;
}

void read_provenance_fields(TableReader& reader, const ReadContext& context, model::Provenance& provenance) {
    read_fields(reader, context, provenance);
}

}  // namespace netadmin::load
