#include "report/field_listing.hpp"

#include "labels/field_names.hpp"
#include "labels/labels.hpp"
#include "model/field_access.hpp"
#include "model/vocabulary.hpp"

#include <array>
#include <string>
#include <vector>

namespace netadmin::report {
namespace {

using i18n::Language;
using i18n::Msg;
using model::EntityKind;
using model::ValueType;

constexpr std::array kKinds{EntityKind::region,   EntityKind::organisation, EntityKind::person,  EntityKind::centre,
                            EntityKind::network,  EntityKind::programme,    EntityKind::meeting, EntityKind::venue,
                            EntityKind::resource, EntityKind::source,       EntityKind::count};

std::string type_text(const model::FieldInfo& field, Language language) {
    const auto kind_name = [&] { return std::string(labels::label_text(language, *field.refers_to)); };
    switch (field.type) {
        case ValueType::text: return i18n::format(language, Msg::value_type_text);
        case ValueType::email: return i18n::format(language, Msg::value_type_email);
        case ValueType::municipality: return i18n::format(language, Msg::value_type_municipality);
        case ValueType::county: return i18n::format(language, Msg::value_type_county);
        case ValueType::language: return i18n::format(language, Msg::value_type_language);
        case ValueType::text_list: return i18n::format(language, Msg::value_type_text_list);
        case ValueType::date: return i18n::format(language, Msg::value_type_date);
        case ValueType::time: return i18n::format(language, Msg::value_type_time);
        case ValueType::count: return i18n::format(language, Msg::value_type_count);
        case ValueType::integer:
            return i18n::format(language, Msg::value_type_integer, field.min.value_or(0), field.max.value_or(0));
        case ValueType::flag: return i18n::format(language, Msg::value_type_flag);
        case ValueType::id: return i18n::format(language, Msg::value_type_id, kind_name());
        case ValueType::id_list: return i18n::format(language, Msg::value_type_id_list, kind_name());
        case ValueType::word: return i18n::format(language, Msg::value_type_word);
        case ValueType::word_set: return i18n::format(language, Msg::value_type_word_set);
        case ValueType::day_list: return i18n::format(language, Msg::value_type_day_list);
        case ValueType::table: return i18n::format(language, Msg::value_type_table);
        case ValueType::table_list: return i18n::format(language, Msg::value_type_table_list);
    }
    return {};
}

// What people call a data word, where the labels name it ("open-preschool"
// is "öppen förskola"); the word itself otherwise.
std::string word_label(std::string_view word, Language language) {
    if (const auto op = model::parse_operation(word)) return std::string(labels::label_text(language, *op));
    if (const auto kind = model::parse_centre_kind(word)) return std::string(labels::label_text(language, *kind));
    if (const auto kind = model::parse_meeting_kind(word)) return std::string(labels::label_text(language, *kind));
    return std::string(word);
}

Cell words_cell(const model::FieldInfo& field, Language language) {
    std::vector<std::string> data;
    std::string text;
    for (const auto word : field.words) {
        data.emplace_back(word);
        if (!text.empty()) text += ", ";
        text += word;
        if (const auto label = word_label(word, language); label != word) text += " (" + label + ")";
    }
    return Cell::list(std::move(data), std::move(text));
}

// A value as one would type it after "FIELD=".
std::string example(const model::FieldInfo& field) {
    switch (field.type) {
        case ValueType::text: return "…";
        case ValueType::email: return "fornamn.efternamn@example.se";
        case ValueType::municipality: return "Gävle";
        case ValueType::county: return "21";
        case ValueType::language: return "sv";
        case ValueType::text_list: return "a,b";
        case ValueType::date: return "2027-05-10, 2027-05, HT 2027";
        case ValueType::time: return "09:30";
        case ValueType::count: return "12, cirka 30";
        case ValueType::integer: return std::to_string(field.min.value_or(0));
        case ValueType::flag: return "true";
        case ValueType::id: return "ID";
        case ValueType::id_list: return "ID,ID";
        case ValueType::word: return field.words.empty() ? std::string() : std::string(field.words.front());
        case ValueType::word_set:
            return field.words.size() < 2 ? std::string()
                                          : std::string(field.words[0]) + "," + std::string(field.words[1]);
        case ValueType::day_list: return "14,7,1";
        case ValueType::table:
        case ValueType::table_list: return {};
    }
    return {};
}

void add_rows(Table& table, EntityKind kind, Language language) {
    for (const auto& field : model::field_infos(kind)) {
        table.rows.push_back({
            Cell::pair(std::string(labels::label_text(language, kind)), std::string(model::entity_kind_name(kind))),
            Cell::plain(field.key),
            Cell::plain(labels::field_name(Language::sv, field.key)),
            Cell::plain(type_text(field, language)),
            Cell::pair(std::string(i18n::runtime_text(
                           language, field.required ? Msg::field_required_yes : Msg::field_required_no)),
                       field.required ? "true" : "false"),
            words_cell(field, language),
            Cell::plain(example(field)),
            Cell::plain(std::string(i18n::runtime_text(language, field.doc))),
        });
    }
}

}  // namespace

Table field_listing(std::optional<EntityKind> kind, Language language) {
    Table table;
    table.columns = {
        {"kind", Msg::col_field_kind},       {"field", Msg::col_field_key},         {"swedish", Msg::col_field_swedish},
        {"value", Msg::col_field_type},      {"required", Msg::col_field_required}, {"words", Msg::col_field_words},
        {"example", Msg::col_field_example}, {"about", Msg::col_field_about},
    };
    if (kind) {
        add_rows(table, *kind, language);
    } else {
        for (const auto each : kKinds) add_rows(table, each, language);
    }
    return table;
}

}  // namespace netadmin::report
