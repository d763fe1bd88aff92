#include "load/table_reader.hpp"

#include "util/suggest.hpp"
#include "util/visible.hpp"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace netadmin::load {

using i18n::Msg;

namespace {

// What to show for a value of the wrong type: its TOML type name.
std::string shown_type(const toml::node& node) {
    std::ostringstream shown;
    shown << node.type();
    return shown.str();
}

}  // namespace

Location location_of(const FileContext& file, const toml::source_region& source) {
    return Location{file.path, source.begin.line, source.begin.column};
}

model::SourceRef source_ref_of(const FileContext& file, const toml::source_region& source) {
    return model::SourceRef{file.index, source.begin.line, source.begin.column};
}

void PendingReferences::add(std::string_view id, model::EntityKind expected, std::string_view key,
                            model::SourceRef where) {
    constexpr std::size_t kBlockSize = 1 << 20;
    if (id.size() > block_free_) {
        // An id longer than a block (only in a broken file) gets a block of its own.
        const std::size_t size = std::max(kBlockSize, id.size());
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
        block_end_ = blocks_.back().get();
        block_free_ = size;
    }
    char* data = block_end_;
    if (!id.empty()) std::memcpy(data, id.data(), id.size());
    block_end_ += id.size();
    block_free_ -= id.size();
    items_.push_back(PendingReference{data, static_cast<std::uint32_t>(id.size()), expected, key, where});
}

TableReader::TableReader(const toml::table& table, std::string name, const FileContext& file)
    : table_(table), name_(std::move(name)), file_(file) {
    // Room for every key an entity reads, so looking keys up does not
    // reallocate (one reader per table, hundreds of thousands at scale).
    known_.reserve(40);
}

const toml::node* TableReader::lookup(std::string_view key) {
    known_.push_back(key);
    return table_.get(key);
}

const toml::node* TableReader::raw(std::string_view key) { return lookup(key); }

Location TableReader::location(std::string_view key) const {
    const auto* node = table_.get(key);
    return node != nullptr ? location_of(file_, node->source()) : location();
}

Location TableReader::location() const { return location_of(file_, table_.source()); }

model::SourceRef TableReader::source_ref() const { return source_ref_of(file_, table_.source()); }

void TableReader::type_error(std::string_view key, const toml::node& node, Msg message) {
    // `message` is one of the err_expected_* keys, each of which takes the key.
    diagnostics().add(location_of(file_, node.source()), catalog::Problem::runtime(message, {std::string(key)}));
}

void TableReader::warn_hidden(std::string_view key, const toml::node& node, std::string_view value) {
    // Every output shows such a character as an escape or leaves it out, so
    // the person who wrote it is told where it is; a line break or a tab is
    // what a multi-line value holds and is not reported.
    if (const auto found = util::find_hidden(value))
        diagnostics().warning(location_of(file_, node.source()), Msg::warn_hidden_character, std::string(key),
                              util::escape_of(found->code));
}

void TableReader::unknown_choice(std::string_view key, const std::string& word, std::string choices) {
    diagnostics().error(location(key), Msg::err_unknown_value, std::string(key), word, std::move(choices));
}

std::optional<std::string> TableReader::string(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return std::nullopt;
    if (const auto* value = node->as_string()) {
        warn_hidden(key, *node, value->get());
        return value->get();
    }
    type_error(key, *node, Msg::err_expected_string);
    return std::nullopt;
}

std::string TableReader::required_string(std::string_view key) {
    const bool present = table_.contains(key);
    auto value = string(key);
    if (!present) diagnostics().error(location(), Msg::err_missing_key, name_, std::string(key));
    return value.value_or(std::string());
}

std::optional<std::vector<std::string>> TableReader::string_list(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return std::nullopt;
    const auto* array = node->as_array();
    if (array == nullptr) {
        type_error(key, *node, Msg::err_expected_string_list);
        return std::nullopt;
    }
    std::vector<std::string> items;
    items.reserve(array->size());
    for (const auto& element : *array) {
        const auto* value = element.as_string();
        if (value == nullptr) {
            type_error(key, element, Msg::err_expected_string_list);
            return std::nullopt;
        }
        if (std::find(items.begin(), items.end(), value->get()) != items.end()) {
            diagnostics().error(location_of(file_, element.source()), Msg::err_duplicate_value, std::string(key),
                                value->get());
            continue;
        }
        warn_hidden(key, element, value->get());
        items.push_back(value->get());
    }
    return items;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return std::nullopt;
    if (const auto* value = node->as_integer()) return value->get();
    type_error(key, *node, Msg::err_expected_integer);
    return std::nullopt;
}

std::optional<bool> TableReader::boolean(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return std::nullopt;
    if (const auto* value = node->as_boolean()) return value->get();
    type_error(key, *node, Msg::err_expected_boolean);
    return std::nullopt;
}

std::optional<time::FuzzyDate> TableReader::date(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return std::nullopt;
    std::string text;
    if (const auto* value = node->as_date()) {
        const auto& d = value->get();
        const time::CivilDate civil{d.year, d.month, d.day};
        if (time::is_valid(civil) && civil.year >= 1900 && civil.year <= 2200) {
            return time::FuzzyDate::of_day(civil);
        }
        text = time::to_iso(civil);
    } else if (const auto* string_value = node->as_string()) {
        text = string_value->get();
        if (auto parsed = time::parse_fuzzy_date(text)) return parsed;
    } else if (const auto* integer_value = node->as_integer()) {
        text = std::to_string(integer_value->get());
        if (auto parsed = time::parse_fuzzy_date(text)) return parsed;
    } else {
        text = shown_type(*node);
    }
    auto& d = diagnostics().error(location_of(file_, node->source()), Msg::err_expected_date, std::string(key), text);
    d.set_hint(Msg::hint_date_forms);
    return std::nullopt;
}

std::optional<time::TimeOfDay> TableReader::time(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return std::nullopt;
    std::string text;
    if (const auto* value = node->as_time()) {
        const auto& t = value->get();
        if (t.second == 0 && t.nanosecond == 0 && t.hour < 24 && t.minute < 60) {
            return time::TimeOfDay{t.hour * 60 + t.minute};
        }
        std::ostringstream shown;
        shown << t;
        text = shown.str();
    } else if (const auto* string_value = node->as_string()) {
        text = string_value->get();
        if (auto parsed = time::parse_time_of_day(text)) return parsed;
    } else {
        text = shown_type(*node);
    }
    diagnostics().error(location_of(file_, node->source()), Msg::err_expected_time, std::string(key), text);
    return std::nullopt;
}

std::optional<model::Count> TableReader::count(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return std::nullopt;
    std::string text;
    if (const auto* value = node->as_integer()) {
        if (value->get() >= 0 && value->get() <= 1'000'000'000'000) return model::Count{value->get()};
        text = std::to_string(value->get());
    } else if (const auto* string_value = node->as_string()) {
        text = string_value->get();
        if (auto parsed = model::parse_count(text)) return parsed;
    } else {
        text = shown_type(*node);
    }
    diagnostics().error(location_of(file_, node->source()), Msg::err_expected_count, std::string(key), text);
    return std::nullopt;
}

std::optional<std::vector<int>> TableReader::day_list(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return std::nullopt;
    const auto* array = node->as_array();
    bool ok = array != nullptr;
    std::vector<int> days;
    if (ok) {
        for (const auto& element : *array) {
            const auto* value = element.as_integer();
            if (value == nullptr || value->get() < 0 || value->get() > 365) {
                ok = false;
                break;
            }
            days.push_back(static_cast<int>(value->get()));
        }
    }
    if (!ok) {
        diagnostics().error(location_of(file_, node->source()), Msg::err_invalid_reminder_days, std::string(key));
        return std::nullopt;
    }
    // Largest offset first, duplicates removed: the order reminders fall due.
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

const toml::table* TableReader::table(std::string_view key) {
    const auto* node = lookup(key);
    if (node == nullptr) return nullptr;
    if (const auto* value = node->as_table()) return value;
    type_error(key, *node, Msg::err_expected_table);
    return nullptr;
}

std::vector<const toml::table*> TableReader::table_list(std::string_view key) {
    std::vector<const toml::table*> tables;
    const auto* node = lookup(key);
    if (node == nullptr) return tables;
    const auto* array = node->as_array();
    if (array == nullptr) {
        type_error(key, *node, Msg::err_expected_table_list);
        return tables;
    }
    tables.reserve(array->size());
    for (const auto& element : *array) {
        if (const auto* value = element.as_table()) {
            tables.push_back(value);
        } else {
            type_error(key, element, Msg::err_expected_table_list);
        }
    }
    return tables;
}

std::vector<std::string> TableReader::keys() const {
    std::vector<std::string> keys;
    keys.reserve(table_.size());
    for (const auto& [key, node] : table_) keys.emplace_back(key.str());
    return keys;
}

void TableReader::finish() {
    for (const auto& [key, node] : table_) {
        const auto name = key.str();
        if (std::find(known_.begin(), known_.end(), name) != known_.end()) continue;
        auto& d = diagnostics().error(location_of(file_, key.source()), Msg::err_unknown_key, std::string(name), name_);
        if (auto suggestion = util::closest_match(name, std::span<const std::string_view>(known_))) {
            add_suggestion(d, *suggestion);
        }
    }
}

std::optional<std::string> TableReader::reference(std::string_view key, model::EntityKind expected) {
    auto id = string(key);
    if (id && file_.references != nullptr) {
        file_.references->add(*id, expected, key, source_ref_of(file_, table_.get(key)->source()));
    }
    return id;
}

std::optional<std::vector<std::string>> TableReader::optional_reference_list(std::string_view key,
                                                                             model::EntityKind expected) {
    auto ids = string_list(key);
    if (!ids || file_.references == nullptr) return ids;
    // Each element at its own position (a repeated id is checked twice, harmlessly).
    for (const auto& element : *table_.get(key)->as_array()) {
        if (const auto* value = element.as_string()) {
            file_.references->add(value->get(), expected, key, source_ref_of(file_, element.source()));
        }
    }
    return ids;
}

std::vector<std::string> TableReader::reference_list(std::string_view key, model::EntityKind expected) {
    return optional_reference_list(key, expected).value_or(std::vector<std::string>{});
}

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64 || id.front() < 'a' || id.front() > 'z' || id.back() == '-') return false;
    char previous = '\0';
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

}  // namespace netadmin::load
