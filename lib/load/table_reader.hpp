// Typed, located access to one TOML table. Every getter names its key, so
// the reader knows every key the table may have: finish() reports the keys
// nobody asked for, with a "did you mean" from the known ones. Wrong types
// and malformed values become diagnostics at the value's position; the
// getter then returns nothing and loading carries on.
//
// Internal to load/: nothing outside this folder sees toml++.
#pragma once

#include "load/diagnostic.hpp"
#include "model/count.hpp"
#include "model/entities.hpp"
#include "model/registry.hpp"

#include <toml++/toml.h>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::load {

// A reference to another entity, checked once every file is read. A large
// registry holds millions of them until then, so each is small and owns no
// memory: its id lives in PendingReferences' shared blocks and its position
// is a SourceRef (file index, line, column) rather than a Location with its
// own copy of the path.
struct PendingReference {
    const char* id_data = nullptr;
    std::uint32_t id_size = 0;
    model::EntityKind expected = model::EntityKind::region;
    std::string_view key;  // a string literal of the readers
    model::SourceRef where;
};

class PendingReferences {
public:
    void add(std::string_view id, model::EntityKind expected, std::string_view key, model::SourceRef where);
    std::string_view id(const PendingReference& reference) const {
        return std::string_view(reference.id_data, reference.id_size);
    }
    const std::deque<PendingReference>& items() const { return items_; }

private:
    // The ids, back to back in blocks that are filled and never moved (one
    // growing string would need twice its size while it reallocates).
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t block_free_ = 0;
    char* block_end_ = nullptr;
    std::deque<PendingReference> items_;  // grows without copying itself
};

// The file being read: its name for diagnostics and its index in Registry::files.
struct FileContext {
    std::string path;
    std::uint32_t index = 0;
    Diagnostics* diagnostics = nullptr;
    PendingReferences* references = nullptr;
};

Location location_of(const FileContext& file, const toml::source_region& source);
model::SourceRef source_ref_of(const FileContext& file, const toml::source_region& source);

class TableReader {
public:
    // `name` is how messages refer to the table, e.g. "[[centre]]".
    TableReader(const toml::table& table, std::string name, const FileContext& file);

    std::optional<std::string> string(std::string_view key);
    std::string required_string(std::string_view key);
    std::optional<std::vector<std::string>> string_list(std::string_view key);
    std::optional<std::int64_t> integer(std::string_view key);
    std::optional<bool> boolean(std::string_view key);
    // A TOML date, or a string of any precision (see time/fuzzy_date.hpp),
    // or an integer year.
    std::optional<time::FuzzyDate> date(std::string_view key);
    // A TOML time or a string "08:30".
    std::optional<time::TimeOfDay> time(std::string_view key);
    // An integer or a string such as "about 30".
    std::optional<model::Count> count(std::string_view key);
    std::optional<std::vector<int>> day_list(std::string_view key);
    const toml::table* table(std::string_view key);
    std::vector<const toml::table*> table_list(std::string_view key);

    // A word from a closed list, such as a meeting's kind: `parse` maps it
    // to a value; a word it does not know is reported with the list of
    // choices that `names()` gives. The required form also reports a
    // missing key.
    template <typename Parse, typename Names>
    auto choice(std::string_view key, Parse parse, Names names) -> decltype(parse(std::string_view{})) {
        return parse_choice(key, string(key), parse, names);
    }
    template <typename Parse, typename Names>
    auto required_choice(std::string_view key, Parse parse, Names names) -> decltype(parse(std::string_view{})) {
        auto word = required_string(key);
        return parse_choice(key, word.empty() ? std::nullopt : std::optional(std::move(word)), parse, names);
    }

    // Ids of other entities, recorded for the reference check.
    std::optional<std::string> reference(std::string_view key, model::EntityKind expected);
    std::vector<std::string> reference_list(std::string_view key, model::EntityKind expected);
    std::optional<std::vector<std::string>> optional_reference_list(std::string_view key, model::EntityKind expected);

    // Only marks the key as known (for keys read by hand).
    const toml::node* raw(std::string_view key);

    bool has(std::string_view key) const { return table_.contains(key); }
    // The keys the table has, in the order written.
    std::vector<std::string> keys() const;
    Location location(std::string_view key) const;
    Location location() const;
    model::SourceRef source_ref() const;
    const std::string& name() const { return name_; }
    const FileContext& file() const { return file_; }
    Diagnostics& diagnostics() const { return *file_.diagnostics; }

    // Reports unknown keys. Call once all getters have run.
    void finish();

private:
    template <typename Parse, typename Names>
    auto parse_choice(std::string_view key, const std::optional<std::string>& word, Parse parse, Names names)
        -> decltype(parse(std::string_view{})) {
        if (!word) return std::nullopt;
        auto parsed = parse(*word);
        if (!parsed) unknown_choice(key, *word, names());
        return parsed;
    }
    void unknown_choice(std::string_view key, const std::string& word, std::string choices);
    const toml::node* lookup(std::string_view key);
    void type_error(std::string_view key, const toml::node& node, i18n::Msg message);
    // A warning when a string value holds a control or bidi character
    // (util/visible.hpp), placed at the value.
    void warn_hidden(std::string_view key, const toml::node& node, std::string_view value);

    const toml::table& table_;
    std::string name_;
    const FileContext& file_;
    std::vector<std::string_view> known_;
};

// Ids: lowercase ASCII slugs people can type: [a-z][a-z0-9-]*, no double,
// leading or trailing '-', at most 64 characters.
bool is_valid_id(std::string_view id);

}  // namespace netadmin::load
