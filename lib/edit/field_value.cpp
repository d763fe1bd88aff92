#include "edit/field_value.hpp"

#include "i18n/language.hpp"
#include "labels/field_names.hpp"
#include "labels/labels.hpp"
#include "model/vocabulary.hpp"
#include "util/email.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <array>
#include <charconv>

namespace netadmin::edit {
namespace {

using catalog::Msg;
using catalog::Problem;
using model::ValueType;

constexpr std::array kKinds{model::EntityKind::region,  model::EntityKind::organisation, model::EntityKind::person,
                            model::EntityKind::centre,  model::EntityKind::network,      model::EntityKind::programme,
                            model::EntityKind::meeting, model::EntityKind::venue,        model::EntityKind::resource,
                            model::EntityKind::source,  model::EntityKind::count};

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const auto item = trim(text.substr(0, comma));
        if (!item.empty()) out.emplace_back(item);
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

Problem with_nearest(Problem problem, std::string_view word, const std::vector<std::string>& candidates) {
    std::vector<std::string> nearest;
    if (auto best = util::closest_match(word, candidates)) nearest.push_back(std::move(*best));
    return std::move(problem).with_suggestions(std::move(nearest));
}

// The field's value in data form after the loader's own parsing of `text`,
// or nothing when the text is not a value of the field's type.
std::optional<std::vector<std::string>> canonical(model::EntityKind kind, const model::FieldInfo& field,
                                                  std::string_view text) {
    model::Registry scratch;
    model::with_kind(kind, [&](auto type) {
        using E = typename decltype(type)::type;
        model::entities_of<E>(scratch).emplace_back();
    });
    const model::EntityRef ref{kind, 0};
    if (model::assign_field(scratch, ref, field.key, text) != model::Assigned::ok) return std::nullopt;
    return model::field_data(scratch, ref, field.key);
}

// The words of the vocabulary a word field takes: the one list of the
// fixed vocabularies whose first word the field accepts.
std::vector<std::string> vocabulary_of(model::EntityKind kind, const model::FieldInfo& field) {
    for (const auto& names : {model::centre_kind_names(), model::meeting_kind_names(), model::meeting_status_names(),
                              model::resource_kind_names()}) {
        const auto words = split_list(names);
        if (!words.empty() && canonical(kind, field, words.front())) return words;
    }
    return {};
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) {
        if (!out.empty()) out += ", ";
        out += word;
    }
    return out;
}

std::vector<std::string> ids_of(const model::Registry& registry, model::EntityKind kind) {
    std::vector<std::string> out;
    for (const auto id : registry.all_ids()) {
        if (const auto ref = registry.find(id); ref && ref->kind == kind) out.emplace_back(id);
    }
    return out;
}

catalog::Result<Value> checked_id(const model::Registry& registry, const model::FieldInfo& field,
                                  std::string_view text) {
    if (!field.refers_to) return Value(std::string(text));
    const auto wanted = labels::label(*field.refers_to);
    const auto found = registry.find(text);
    if (!found) {
        return with_nearest(Problem(Msg::err_unknown_reference, labels::field_arg(field.key), wanted, text), text,
                            ids_of(registry, *field.refers_to));
    }
    if (found->kind != *field.refers_to) {
        return Problem(Msg::err_wrong_reference_kind, labels::field_arg(field.key), wanted, text,
                       labels::label(found->kind));
    }
    return Value(std::string(text));
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

// The words of the fixed vocabularies as people write them, in Swedish or
// in English words (the catalogue's names for them and the usual forms),
// in lower case: the registry's word for each.
constexpr std::pair<std::string_view, std::string_view> kSpokenWords[] = {
    {"familjecentral", "full"},
    {"fullständig", "full"},
    {"fullständig familjecentral", "full"},
    {"family centre", "full"},
    {"familjecentralsliknande", "similar"},
    {"familjecentralsliknande verksamhet", "similar"},
    {"liknande", "similar"},
    {"similar operation", "similar"},
    {"öppen förskola", "open-preschool"},
    {"open preschool", "open-preschool"},
    {"socialtjänst", "social-services"},
    {"socialtjänsten", "social-services"},
    {"social services", "social-services"},
    {"nätverksträff", "network-meeting"},
    {"network meeting", "network-meeting"},
    {"konferens", "conference"},
    {"utbildningstillfälle", "programme-session"},
    {"programme session", "programme-session"},
    {"dialogdag", "dialogue-day"},
    {"dialogue day", "dialogue-day"},
    {"planeringsmöte", "planning-meeting"},
    {"planning meeting", "planning-meeting"},
    {"samordnarträff", "coordinators-meeting"},
    {"coordinators' meeting", "coordinators-meeting"},
    {"husmöte", "house-meeting"},
    {"house meeting", "house-meeting"},
    {"möte", "other"},
    {"annat", "other"},
    {"planerad", "planned"},
    {"planerat", "planned"},
    {"inställd", "cancelled"},
    {"inställt", "cancelled"},
    {"genomförd", "held"},
    {"genomfört", "held"},
    {"flyttad", "moved"},
    {"flyttat", "moved"},
    {"länk", "link"},
    {"fil", "file"},
};

// The registry's word for a word as written ("Inställd", "BVC", "öppen
// förskola"); the text in lower case when it is none of the spoken forms.
std::string vocabulary_word(std::string_view text) {
    auto lower = util::to_lower(text);
    for (const auto& [spoken, word] : kSpokenWords) {
        if (lower == spoken) return std::string(word);
    }
    return lower;
}

// A value of [settings], which has no entity to try it on: checked here as
// the loader checks it (load/read_common.cpp).
catalog::Result<Value> settings_scalar(const model::FieldInfo& field, std::string_view text) {
    switch (field.type) {
        case ValueType::date:
            if (const auto date = time::parse_fuzzy_date(text)) return Value(*date);
            return Problem(Msg::edit_bad_value, labels::field_arg(field.key), text, Msg::edit_type_date);
        case ValueType::integer: {
            const auto number = parse_integer(text);
            if (number && *number >= field.min.value_or(0) && *number <= field.max.value_or(0)) return Value(*number);
            const auto range = std::to_string(field.min.value_or(0)) + "–" + std::to_string(field.max.value_or(0));
            return Problem(Msg::edit_bad_integer, labels::field_arg(field.key), text, range);
        }
        case ValueType::email:
            if (util::is_valid_email(text)) return Value(std::string(text));
            return Problem(Msg::edit_bad_value, labels::field_arg(field.key), text, Msg::edit_type_email);
        case ValueType::language:
            if (i18n::parse_language(text)) return Value(std::string(text));
            return Problem(Msg::err_unknown_value, labels::field_arg(field.key), text, i18n::language_names());
        default: return Value(std::string(text));
    }
}

catalog::Result<Value> scalar(const model::Registry& registry, FieldOwner owner, const model::FieldInfo& field,
                              std::string_view text) {
    if (!owner) return settings_scalar(field, text);
    const auto kind = *owner;
    if (field.type == ValueType::word) {
        const auto word = vocabulary_word(text);
        if (canonical(kind, field, word)) return Value(word);
    }
    if (field.type == ValueType::id) return checked_id(registry, field, text);
    if (field.type == ValueType::text || field.type == ValueType::municipality || field.type == ValueType::county ||
        field.type == ValueType::language) {
        return Value(std::string(text));
    }
    const auto data = canonical(kind, field, text);
    if (!data || data->empty()) {
        switch (field.type) {
            case ValueType::date:
                return Problem(Msg::edit_bad_value, labels::field_arg(field.key), text, Msg::edit_type_date);
            case ValueType::time:
                return Problem(Msg::edit_bad_value, labels::field_arg(field.key), text, Msg::edit_type_time);
            case ValueType::count:
                return Problem(Msg::edit_bad_value, labels::field_arg(field.key), text, Msg::edit_type_count);
            case ValueType::flag:
                return Problem(Msg::edit_bad_value, labels::field_arg(field.key), text, Msg::edit_type_flag);
            case ValueType::email:
                return Problem(Msg::edit_bad_value, labels::field_arg(field.key), text, Msg::edit_type_email);
            case ValueType::integer: {
                const auto range = std::to_string(field.min.value_or(0)) + "–" + std::to_string(field.max.value_or(0));
                return Problem(Msg::edit_bad_integer, labels::field_arg(field.key), text, range);
            }
            default: {
                const auto words = vocabulary_of(kind, field);
                return with_nearest(Problem(Msg::err_unknown_value, labels::field_arg(field.key), text, join(words)),
                                    text, words);
            }
        }
    }
    const auto& form = data->front();
    switch (field.type) {
        case ValueType::date: return Value(*time::parse_fuzzy_date(form));
        case ValueType::time: return Value(*time::parse_time_of_day(form));
        case ValueType::count:
        case ValueType::integer:
            if (const auto number = parse_integer(form)) return Value(*number);
            return Value(form);
        case ValueType::flag: return Value(form == "true");
        default: return Value(form);
    }
}

bool is_list(ValueType type) {
    return type == ValueType::id_list || type == ValueType::text_list || type == ValueType::word_set ||
           type == ValueType::day_list;
}

// What an accented Latin-1 letter (U+00C0 to U+00FF) is in an id.
constexpr std::array<std::string_view, 64> kFolded{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  //
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  //
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

}  // namespace

catalog::Result<Change> parse_change(std::string_view argument) {
    const auto equals = argument.find('=');
    if (equals == std::string_view::npos || equals == 0) return Problem(Msg::edit_bad_argument, argument);
    Change change;
    auto key = argument.substr(0, equals);
    if (key.back() == '+' || key.back() == '-') {
        change.op = key.back() == '+' ? Change::Op::add : Change::Op::remove;
        key.remove_suffix(1);
    }
    key = trim(key);
    if (key.empty() || key.find_first_of(" \t") != std::string_view::npos) {
        return Problem(Msg::edit_bad_argument, argument);
    }
    change.key = std::string(key);
    change.value = std::string(argument.substr(equals + 1));
    return change;
}

bool is_blank(std::string_view text) { return trim(text).empty(); }

catalog::Result<model::FieldInfo> editable_field(FieldOwner owner, std::string_view key) {
    auto fields = owner ? model::field_infos(*owner) : model::settings_field_infos();
    // By its key or its Swedish name (labels/field_names.hpp).
    auto field = labels::find_field(fields, key);
    if (!field) {
        const auto keys = labels::field_names(fields);
        auto problem = owner ? Problem(Msg::edit_unknown_field, labels::label(*owner), key)
                             : Problem(Msg::edit_unknown_setting, key);
        return with_nearest(std::move(problem), key, keys);
    }
    if (field->type == ValueType::table || field->type == ValueType::table_list) {
        return Problem(Msg::edit_not_editable, key);
    }
    return std::move(*field);
}

catalog::Result<Value> typed_item(const model::Registry& registry, const model::FieldInfo& field,
                                  std::string_view text) {
    text = trim(text);
    switch (field.type) {
        case ValueType::id_list: return checked_id(registry, field, text);
        case ValueType::text_list: return Value(std::string(text));
        case ValueType::word_set: {
            if (const auto op = model::parse_operation(vocabulary_word(text))) {
                return Value(std::string(model::data_name(*op)));
            }
            std::vector<std::string> words;
            for (const auto word : model::operation_name_list()) words.emplace_back(word);
            return with_nearest(
                Problem(Msg::err_unknown_value, labels::field_arg(field.key), text, model::operation_names()), text,
                words);
        }
        case ValueType::day_list: {
            const auto number = parse_integer(text);
            if (!number || *number < 0)
                return Problem(Msg::edit_bad_value, labels::field_arg(field.key), text, Msg::edit_type_days);
            return Value(*number);
        }
        default: return Problem(Msg::edit_not_a_list_field, labels::field_arg(field.key));
    }
}

catalog::Result<Value> typed_value(const model::Registry& registry, FieldOwner owner, const model::FieldInfo& field,
                                   std::string_view text) {
    if (!is_list(field.type)) return scalar(registry, owner, field, text);
    List items;
    for (const auto& each : split_list(text)) {
        auto item = typed_item(registry, field, each);
        if (!item) return item.problem();
        items.push_back(std::move(*item));
    }
    return Value(std::move(items));
}

catalog::Result<model::EntityKind> parse_entity_kind(std::string_view name) {
    std::vector<std::string> names;
    for (const auto kind : kKinds) {
        if (model::entity_kind_name(kind) == name) return kind;
        names.emplace_back(model::entity_kind_name(kind));
    }
    return with_nearest(Problem(Msg::edit_unknown_kind, name, join(names)), name, names);
}

std::string slug(std::string_view name) {
    std::string out;
    bool hyphen = false;
    auto put = [&](std::string_view letters) {
        if (letters.empty()) return;
        if (hyphen && !out.empty()) out += '-';
        hyphen = false;
        out += letters;
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto byte = static_cast<unsigned char>(name[i]);
        if (byte < 0x80) {
            const char c = static_cast<char>(byte);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                put(std::string_view(&name[i], 1));
            } else if (c >= 'A' && c <= 'Z') {
                const char lower = static_cast<char>(c - 'A' + 'a');
                put(std::string_view(&lower, 1));
            } else {
                hyphen = true;
            }
            continue;
        }
        // A two-byte sequence C3 80..BF is U+00C0..U+00FF.
        if (byte == 0xC3 && i + 1 < name.size()) {
            const auto next = static_cast<unsigned char>(name[i + 1]);
            if (next >= 0x80 && next <= 0xBF) {
                const auto folded = kFolded[next - 0x80];
                if (folded.empty()) {
                    hyphen = true;
                } else {
                    put(folded);
                }
                ++i;
                continue;
            }
        }
        // Any other character: a word break; skip its continuation bytes.
        hyphen = true;
        while (i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) ++i;
    }
    return out;
}

std::string id_from_name(std::string_view name, model::EntityKind kind) {
    auto id = slug(name);
    if (id.empty()) return id;
    if (id.front() >= '0' && id.front() <= '9') id = std::string(model::entity_kind_name(kind)) + "-" + id;
    if (id.size() <= kMaxNameId) return id;
    // A hyphen at kMaxNameId ends a whole word too.
    const auto hyphen = id.rfind('-', kMaxNameId);
    id.resize(hyphen != std::string::npos && hyphen > 0 ? hyphen : kMaxNameId);
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id;
}

}  // namespace netadmin::edit
