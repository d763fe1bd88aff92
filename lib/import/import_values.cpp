// A cell's value for an import (see import_detail.hpp): checked as the
// loader checks it, and compared with what the registry has.
#include "import/import_detail.hpp"

#include "edit/field_value.hpp"
#include "model/field_access.hpp"
#include "model/vocabulary.hpp"
#include "util/email.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <algorithm>

namespace netadmin::imports::detail {
namespace {

using catalog::Msg;
using catalog::Problem;
using model::ValueType;

std::vector<std::string> data_of(const edit::Value& value) {
    return std::visit(
        [](const auto& data) -> std::vector<std::string> {
            using T = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<T, std::string>) {
                return {data};
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return {std::to_string(data)};
            } else if constexpr (std::is_same_v<T, bool>) {
                return {data ? "true" : "false"};
            } else if constexpr (std::is_same_v<T, time::FuzzyDate> || std::is_same_v<T, time::TimeOfDay>) {
                return {time::to_data_string(data)};
            } else if constexpr (std::is_same_v<T, edit::List>) {
                std::vector<std::string> out;
                for (const auto& item : data) {
                    for (auto& each : data_of(item)) out.push_back(std::move(each));
                }
                return out;
            } else {
                return {};
            }
        },
        value.data);
}

std::vector<std::string> sorted(std::vector<std::string> items) {
    std::sort(items.begin(), items.end());
    return items;
}

}  // namespace

catalog::Result<std::vector<std::string>> checked(const model::Registry& registry, model::EntityKind kind,
                                                  const model::FieldInfo& field, const std::string& text) {
    if (field.type == ValueType::municipality) {
        if (const auto* found = registry.reference.find_municipality(text)) return std::vector{found->code};
        auto problem = Problem(Msg::err_unknown_municipality, text);
        const auto names = registry.reference.municipality_names();
        if (auto nearest = util::closest_match(text, std::span<const std::string>(names))) {
            problem = std::move(problem).with_suggestions({std::move(*nearest)});
        }
        return problem;
    }
    if (field.type == ValueType::email && !util::is_valid_email(text)) return Problem(Msg::err_invalid_email, text);
    auto value = edit::typed_value(registry, kind, field, text);
    if (!value) return value.problem();
    return data_of(*value);
}

// Whether the registry has the value already. A set of words is a set;
// a centre's operations may be unlisted and follow from its kind, which
// is what a listing shows (report/listings.cpp).
bool has_value(const model::Registry& registry, model::EntityRef ref, const model::FieldInfo& field,
               std::vector<std::string> wanted) {
    // A cell is trimmed, so values are compared trimmed: spaces at the ends
    // of either are no change (nor is a tab a listing guarded).
    auto have = model::field_data(registry, ref, field.key);
    for (auto& item : have) item = trimmed(item);
    for (auto& item : wanted) item = trimmed(item);
    // An address is the same address in any case.
    if (field.type == ValueType::email)
        return have.size() == 1 && wanted.size() == 1 && util::to_lower(have[0]) == util::to_lower(wanted[0]);
    if (field.type != ValueType::word_set) return have == wanted;
    if (sorted(have) == sorted(wanted)) return true;
    if (ref.kind != model::EntityKind::centre || !have.empty()) return false;
    std::vector<std::string> implied;
    for (const auto op : model::operation_list(model::implied_operations(registry.centres[ref.index]))) {
        implied.emplace_back(model::data_name(op));
    }
    return sorted(implied) == sorted(wanted);
}

namespace {

// The ids of the people the item names, by id, address or name.
std::vector<std::string> people_named(const model::Registry& registry, const std::string& item) {
    if (registry.person(item) != nullptr) return {item};
    std::vector<std::string> by_email;
    std::vector<std::string> by_name;
    const auto wanted = util::to_lower(item);
    for (const auto& person : registry.people) {
        if (!person.email.empty() && util::to_lower(person.email) == wanted) by_email.push_back(person.id);
        if (util::to_lower(trimmed(person.name)) == wanted) by_name.push_back(person.id);
    }
    return by_email.empty() ? by_name : by_email;
}

}  // namespace

catalog::Result<std::string> people_by_id_name_or_email(const model::Registry& registry, const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        auto item = trimmed(std::string_view(text).substr(start, end - start));
        start = end + 1;
        if (item.empty()) continue;
        const auto ids = people_named(registry, item);
        if (ids.size() > 1) {
            std::string list;
            for (const auto& id : ids) list += (list.empty() ? "'" : ", '") + id + "'";
            return Problem(Msg::err_import_person_ambiguous, item, list);
        }
        out += (out.empty() ? "" : ",") + (ids.empty() ? item : ids.front());
    }
    return out;
}

}  // namespace netadmin::imports::detail
