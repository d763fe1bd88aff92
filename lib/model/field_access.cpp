#include "model/field_access.hpp"

#include "util/email.hpp"

#include <charconv>

namespace netadmin::model {
namespace {

// The data words a member of a fixed vocabulary takes.
template <typename T>
std::vector<std::string_view> words_of() {
    std::span<const std::string_view> list;
    if constexpr (std::is_same_v<T, Operations>) {
        list = Words<Operation>::list();
    } else if constexpr (std::is_same_v<T, std::optional<CentreKind>>) {
        list = Words<CentreKind>::list();
    } else if constexpr (std::is_enum_v<T>) {
        list = Words<T>::list();
    }
    return {list.begin(), list.end()};
}

template <typename E>
void add_infos(std::vector<FieldInfo>& out, const std::string& prefix) {
    for (const auto& field : fields_of<E>()) {
        auto item = info(field);
        item.key = prefix + item.key;
        out.push_back(item);
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(std::declval<E>().*member)>;
                if (item.type == ValueType::word || item.type == ValueType::word_set) out.back().words = words_of<T>();
                if constexpr (kIsTable<T>) add_infos<typename NestedTable<T>::type>(out, item.key + ".");
            },
            field.member);
    }
}

std::vector<std::string> data_value(const std::string& value) {
    if (value.empty()) return {};
    return {value};
}
std::vector<std::string> data_value(const std::vector<std::string>& values) { return values; }
std::vector<std::string> data_value(const std::optional<std::vector<std::string>>& values) {
    return values.value_or(std::vector<std::string>{});
}
std::vector<std::string> data_value(const std::optional<time::FuzzyDate>& value) {
    if (!value) return {};
    return {time::to_data_string(*value)};
}
std::vector<std::string> data_value(const std::optional<time::TimeOfDay>& value) {
    if (!value) return {};
    return {time::to_data_string(*value)};
}
std::vector<std::string> data_value(const std::optional<Count>& value) {
    if (!value) return {};
    return {to_data_string(*value)};
}
std::vector<std::string> data_value(const std::optional<int>& value) {
    if (!value) return {};
    return {std::to_string(*value)};
}
std::vector<std::string> data_value(bool value) { return {value ? "true" : "false"}; }
std::vector<std::string> data_value(const std::optional<std::vector<int>>& days) {
    std::vector<std::string> out;
    if (days) {
        for (const int day : *days) out.push_back(std::to_string(day));
    }
    return out;
}
std::vector<std::string> data_value(Operations operations) {
    std::vector<std::string> out;
    for (const auto op : operation_list(operations)) out.emplace_back(data_name(op));
    return out;
}
std::vector<std::string> data_value(const std::optional<CentreKind>& kind) {
    if (!kind) return {};
    return {std::string(data_name(*kind))};
}
template <typename T>
requires std::is_enum_v<T> std::vector<std::string> data_value(T word) { return {std::string(data_name(word))}; }
template <typename T>
requires(!std::is_enum_v<T>) std::vector<std::string> data_value(const T& /*nested table or list of tables*/) {
    return {};
}

// Calls f(entity, field) for the field at `path` ("registration.deadline"),
// when there is one and its table is there; returns whether it was found.
template <typename E, typename F>
bool at_path(E& entity, std::string_view path, F&& f) {
    const auto dot = path.find('.');
    const auto key = path.substr(0, dot);
    for (const auto& field : fields_of<std::remove_const_t<E>>()) {
        if (field.key != key) continue;
        if (dot == std::string_view::npos) {
            f(entity, field);
            return true;
        }
        return std::visit(
            [&](auto member) {
                auto& value = entity.*member;
                using T = std::remove_cvref_t<decltype(value)>;
                if constexpr (std::is_same_v<T, ReminderRules>) {
                    return at_path(value, path.substr(dot + 1), f);
                } else if constexpr (std::is_same_v<T, std::optional<Registration>>) {
                    if constexpr (std::is_const_v<E>) {
                        static const Registration none;  // read: an unset table has unset fields
                        return at_path(value ? *value : none, path.substr(dot + 1), f);
                    } else {
                        if (!value) value.emplace();
                        return at_path(*value, path.substr(dot + 1), f);
                    }
                } else {
                    return false;
                }
            },
            field.member);
    }
    if constexpr (requires { entity.provenance; }) {
        if (dot == std::string_view::npos) return at_path(entity.provenance, path, f);
    }
    return false;
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

template <typename T>
Assigned parse_into(std::optional<T>& value, std::string_view text, std::optional<T> (*parse)(std::string_view)) {
    if (text.empty()) {
        value.reset();
        return Assigned::ok;
    }
    auto parsed = parse(text);
    if (!parsed) return Assigned::bad_value;
    value = std::move(parsed);
    return Assigned::ok;
}

template <typename E>
Assigned assign_value(E& entity, const Field<E>& field, std::string_view text) {
    return std::visit(
        [&](auto member) {
            auto& value = entity.*member;
            using T = std::remove_cvref_t<decltype(value)>;
            if (text.empty() && field.required) return Assigned::bad_value;
            if constexpr (std::is_same_v<T, std::string>) {
                if (field.type == ValueType::municipality || field.type == ValueType::county) return Assigned::not_text;
                if (field.type == ValueType::email && !text.empty() && !util::is_valid_email(text))
                    return Assigned::bad_value;
                value = std::string(text);
                return Assigned::ok;
            } else if constexpr (std::is_same_v<T, std::optional<time::FuzzyDate>>) {
                return parse_into(value, text, time::parse_fuzzy_date);
            } else if constexpr (std::is_same_v<T, std::optional<time::TimeOfDay>>) {
                return parse_into(value, text, time::parse_time_of_day);
            } else if constexpr (std::is_same_v<T, std::optional<Count>>) {
                return parse_into(value, text, parse_count);
            } else if constexpr (std::is_same_v<T, std::optional<CentreKind>>) {
                return parse_into(value, text, Words<CentreKind>::parse);
            } else if constexpr (std::is_same_v<T, std::optional<int>>) {
                if (text.empty()) {
                    value.reset();
                    return Assigned::ok;
                }
                const auto number = parse_integer(text);
                if (!number || *number < field.min || *number > field.max) return Assigned::bad_value;
                value = static_cast<int>(*number);
                return Assigned::ok;
            } else if constexpr (std::is_same_v<T, bool>) {
                if (text != "true" && text != "false") return Assigned::bad_value;
                value = text == "true";
                return Assigned::ok;
            } else if constexpr (std::is_enum_v<T>) {
                if (text.empty()) {
                    value = T{};
                    return Assigned::ok;
                }
                const auto word = Words<T>::parse(text);
                if (!word) return Assigned::bad_value;
                value = *word;
                return Assigned::ok;
            } else {
                return Assigned::not_text;
            }
        },
        field.member);
}

}  // namespace

std::vector<Operation> operation_list(Operations operations) {
    std::vector<Operation> out;
    for (int i = 0; i < kOperationCount; ++i) {
        const auto op = static_cast<Operation>(i);
        if (operations.has(op)) out.push_back(op);
    }
    return out;
}

std::vector<FieldInfo> field_infos(EntityKind kind) {
    std::vector<FieldInfo> out;
    with_kind(kind, [&](auto type) { add_infos<typename decltype(type)::type>(out, ""); });
    add_infos<Provenance>(out, "");
    return out;
}

std::vector<FieldInfo> settings_field_infos() {
    std::vector<FieldInfo> out;
    for (const auto& row : kSettingsKeys) {
        FieldInfo field{std::string(row.key), row.type, false, std::nullopt, row.doc, std::nullopt, std::nullopt, {}};
        if (row.type == ValueType::integer) {
            field.min = row.min;
            field.max = row.max;
        }
        out.push_back(std::move(field));
        if (row.type == ValueType::table) add_infos<ReminderRules>(out, std::string(row.key) + ".");
    }
    return out;
}

std::optional<FieldInfo> find_field(EntityKind kind, std::string_view key) {
    return find_field(field_infos(kind), key);
}

std::optional<FieldInfo> find_field(std::vector<FieldInfo> fields, std::string_view key) {
    for (auto& field : fields) {
        if (field.key == key) return std::move(field);
    }
    return std::nullopt;
}

std::vector<std::string> field_data(const Registry& registry, EntityRef entity, std::string_view key) {
    std::vector<std::string> out;
    with_kind(entity.kind, [&](auto type) {
        using E = typename decltype(type)::type;
        const E& item = entities_of<E>(registry)[entity.index];
        at_path(item, key, [&](const auto& owner, const auto& field) {
            std::visit([&](auto member) { out = data_value(owner.*member); }, field.member);
        });
    });
    return out;
}

Assigned assign_field(Registry& registry, EntityRef entity, std::string_view key, std::string_view text) {
    auto result = Assigned::unknown_key;
    with_kind(entity.kind, [&](auto type) {
        using E = typename decltype(type)::type;
        E& item = entities_of<E>(registry)[entity.index];
        at_path(item, key, [&](auto& owner, const auto& field) { result = assign_value(owner, field, text); });
    });
    return result;
}

}  // namespace netadmin::model
