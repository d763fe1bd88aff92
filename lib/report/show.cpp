#include "report/show.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "labels/field_names.hpp"
#include "labels/frequency.hpp"
#include "labels/labels.hpp"
#include "labels/numbers.hpp"
#include "model/field_access.hpp"
#include "model/references.hpp"
#include "model/vocabulary.hpp"
#include "query/inference.hpp"
#include "report/listings.hpp"
#include "util/collate.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>

namespace netadmin::report {
namespace {

using model::ValueType;
using Fields = std::vector<std::pair<std::string, Cell>>;

i18n::Msg outcome_label(model::MeetingStatus status) {
    switch (status) {
        case model::MeetingStatus::scheduled: return i18n::Msg::rpt_status_planned;
        case model::MeetingStatus::cancelled: return i18n::Msg::status_cancelled;
        case model::MeetingStatus::held: return i18n::Msg::rpt_status_held;
        case model::MeetingStatus::moved: return i18n::Msg::rpt_status_moved;
    }
    return i18n::Msg::rpt_status_planned;
}

// The words people read for a vocabulary.
std::optional<i18n::Msg> word_label(model::CentreKind kind) { return labels::label(kind); }
std::optional<i18n::Msg> word_label(model::MeetingKind kind) { return labels::label(kind); }
std::optional<i18n::Msg> word_label(model::MeetingStatus status) { return outcome_label(status); }
std::optional<i18n::Msg> word_label(model::ResourceKind kind) { return labels::label(kind); }

// How one item of a list of tables reads: themes by their names on one
// line, quotes and speakers one line each.
std::string brief(const model::Theme& theme) { return theme.name; }
std::string brief(const model::Quote& quote) {
    return quote.text + (quote.source.empty() ? "" : " (" + quote.source + ")");
}
std::string brief(const model::Speaker& speaker) {
    return speaker.person + (speaker.topic.empty() ? "" : ": " + speaker.topic);
}
bool one_line(const std::vector<model::Theme>&) { return true; }
template <typename T>
bool one_line(const std::vector<T>&) {
    return false;
}

// The fields of an entity (or nested table) with a value, in table order,
// named by their registry keys.
class Describer {
public:
    Describer(const model::Registry& registry, i18n::Language language) : registry_(registry), language_(language) {}

    template <typename E>
    void fields(const E& item, const std::string& prefix = {}) {
        const auto table = model::fields_of<E>();
        for (std::size_t i = 0; i < table.size(); ++i) {
            const auto& field = table[i];
            if (!field.shown_as.empty()) {
                joined(item, table, i);
                continue;
            }
            const auto key = prefix + std::string(field.key);
            std::visit([&](auto member) { value(key, field, item.*member); }, field.member);
        }
    }

    Fields take() { return std::move(out_); }

private:
    void add(const std::string& key, Cell cell) { out_.emplace_back(key, std::move(cell)); }
    void list(const std::string& key, std::vector<std::string> values) {
        if (values.empty()) return;
        std::string joined;
        for (const auto& v : values) joined += (joined.empty() ? "" : ", ") + v;
        add(key, Cell::list(std::move(values), std::move(joined)));
    }
    template <typename Word>
    void word(const std::string& key, Word word) {
        const std::string data(model::data_name(word));
        if (const auto label = word_label(word)) {
            add(key, Cell::pair(std::string(i18n::runtime_text(language_, *label)), data));
        } else {
            add(key, Cell::plain(data));
        }
    }

    template <typename E>
    void value(const std::string& key, const model::Field<E>& field, const std::string& v) {
        if (v.empty()) return;
        if (field.type == ValueType::municipality) {
            add(key, municipality_cell(registry_, v));
        } else if (field.type == ValueType::id && field.refers_to == model::EntityKind::region) {
            add(key, region_cell(registry_, v));
        } else if (key == "frequency") {
            // A network's frequency is free text; its common words read in the language.
            add(key, Cell::pair(labels::frequency_text(language_, v), v));
        } else {
            add(key, Cell::plain(v));
        }
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, const std::vector<std::string>& v) {
        if (key != "inferred" || v.empty()) return list(key, v);
        // The keys marked as inferred, named as the fields are.
        std::string names;
        for (const auto& k : v) names += (names.empty() ? "" : ", ") + labels::field_name(language_, k);
        add(key, Cell::list(v, std::move(names)));
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, const std::optional<std::vector<std::string>>& v) {
        if (v) list(key, *v);
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, const std::optional<time::FuzzyDate>& v) {
        if (v) add(key, fuzzy_date_cell(v, language_));
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, const std::optional<time::TimeOfDay>& v) {
        if (v) add(key, Cell::plain(time::to_data_string(*v)));
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, const std::optional<model::Count>& v) {
        if (v) add(key, Cell::pair(labels::format_count(language_, *v), to_data_string(*v)));
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, const std::optional<int>& v) {
        if (v) add(key, Cell::plain(std::to_string(*v)));
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, bool v) {
        add(key,
            Cell::pair(std::string(i18n::runtime_text(language_, v ? i18n::Msg::show_true : i18n::Msg::show_false)),
                       v ? "true" : "false"));
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, const std::optional<std::vector<int>>& v) {
        if (!v) return;
        std::vector<std::string> days;
        for (const int d : *v) days.push_back(std::to_string(d));
        list(key, std::move(days));
    }
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, const std::optional<model::CentreKind>& v) {
        if (v) word(key, *v);
    }
    // A word a field must have is always shown; an optional one only when
    // it says more than the default (a meeting's status "planned").
    template <typename E, typename Word>
    requires std::is_enum_v<Word>
    void value(const std::string& key, const model::Field<E>& field, Word v) {
        if (field.required || v != Word{}) word(key, v);
    }
    // Data names for machines, the words of the language for people.
    template <typename E>
    void value(const std::string& key, const model::Field<E>&, model::Operations v) {
        std::vector<std::string> data;
        std::string text;
        for (const auto op : model::operation_list(v)) {
            data.emplace_back(model::data_name(op));
            text += (text.empty() ? "" : ", ") + std::string(labels::label_text(language_, op));
        }
        if (!data.empty()) add(key, Cell::list(std::move(data), std::move(text)));
    }
    template <typename E, typename T>
    requires model::kIsTable<T>
    void value(const std::string& key, const model::Field<E>&, const T& v) {
        if constexpr (std::is_same_v<T, std::vector<typename model::NestedTable<T>::type>>) {
            if (one_line(v)) {
                std::vector<std::string> items;
                for (const auto& item : v) items.push_back(brief(item));
                list(key, std::move(items));
            } else {
                for (const auto& item : v) add(key, Cell::plain(brief(item)));
            }
        } else {
            model::for_each_table(v, [&](const auto& table) { fields(table, key + "."); });
        }
    }

    // Fields shown under one name ("start" and "end" as "time"): their data
    // words joined by '-', once, where the first of them is.
    template <typename E>
    void joined(const E& item, std::span<const model::Field<E>> table, std::size_t at) {
        const auto name = table[at].shown_as;
        for (std::size_t i = 0; i < at; ++i) {
            if (table[i].shown_as == name) return;
        }
        std::vector<std::optional<std::string>> parts;
        for (const auto& field : table) {
            if (field.shown_as != name) continue;
            std::visit(
                [&](auto member) {
                    const auto& v = item.*member;
                    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(v)>, std::optional<time::TimeOfDay>>) {
                        parts.push_back(v ? std::optional(time::to_data_string(*v)) : std::nullopt);
                    }
                },
                field.member);
        }
        if (std::none_of(parts.begin(), parts.end(), [](const auto& p) { return p.has_value(); })) return;
        std::string data = parts.front().value_or("");
        for (std::size_t i = 1; i < parts.size(); ++i) {
            if (parts[i]) data += "-" + *parts[i];
        }
        add(std::string(name), Cell::plain(std::move(data)));
    }

    const model::Registry& registry_;
    i18n::Language language_;
    Fields out_;
};

}  // namespace

Record describe(const model::Registry& registry, model::EntityRef entity, i18n::Language language) {
    Record record{entity.kind, registry.id_of(entity), {}, {}, {}};
    const auto& where = registry.where(entity);
    if (where.file < registry.files.size()) {
        // Relative to the registry, so the output does not depend on where it is installed.
        const std::filesystem::path file = registry.files[where.file];
        const auto relative = registry.root.empty() ? file : file.lexically_relative(registry.root);
        record.file = (relative.empty() ? file : relative).generic_string() + ":" + std::to_string(where.line);
    }
    Describer describer(registry, language);
    model::with_kind(entity.kind, [&](auto type) {
        using E = typename decltype(type)::type;
        const auto& item = model::entities_of<E>(registry)[entity.index];
        describer.fields(item);
        describer.fields(item.provenance);
    });
    record.fields = describer.take();
    // A value that is an inference reads "probably …", whether the entity
    // marks it or it follows from an inferred fact (query/inference.hpp).
    for (auto& [key, cell] : record.fields)
        cell = marked(std::move(cell), query::inference_of(registry, entity, key), language);
    model::for_each_reference(registry, [&](model::EntityRef from, std::string_view key, const model::Id& to) {
        if (to == record.id) record.referenced_by.push_back({from.kind, registry.id_of(from), std::string(key)});
    });
    std::sort(record.referenced_by.begin(), record.referenced_by.end(), [](const Referrer& a, const Referrer& b) {
        return std::tie(a.kind, a.id, a.key) < std::tie(b.kind, b.id, b.key);
    });
    return record;
}

}  // namespace netadmin::report
