// Format-preserving edits of one registry file. A Document is the file's
// text with its toml++ tree; each operation is a pure function from a
// Document to the whole new text, or to a located error, and changes only
// the bytes of what it edits: comments (above, inside, at the end of
// lines), blank lines, key order, quoting, inline tables, arrays over
// several lines and the line ends (LF or CRLF) stay as they were. The
// places come from the source regions toml++ reports for each node; the
// parsed tree is never written back, since toml++ keeps neither comments
// nor layout.
//
// What the places are (toml++ 3.3): a value's region covers the value
// itself (quotes, brackets and braces included), the end column one past
// its last character; a table's or array-of-tables element's region is its
// header line only ([region], [[centre]]), so where a table's keys end is
// found from the values below its header and the next header; an implicit
// table (from `[a.b]` or a dotted key) takes the region of what made it.
// Columns count code points, lines are split at LF. See lines.hpp.
//
// Entities are addressed as the registry writes them: a top-level table
// (`[region]`, `[settings]`) or one element of a top-level array of tables
// (`[[centre]]`), by its `id` or its position; keys as a path below it
// ({"reminders", "meeting_days"} in [settings] is [settings.reminders]'s
// meeting_days, whether written as a sub-table, a dotted key or an inline
// table).
#pragma once

#include "catalog/problem.hpp"
#include "edit/value.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netadmin::edit {

struct Target {
    std::string kind;                  // "region", "settings", "centre" …
    std::optional<std::string> id;     // the element of [[kind]] whose id is this
    std::optional<std::size_t> index;  // or the element at this position (from 0)

    static Target table(std::string kind) { return {std::move(kind), std::nullopt, std::nullopt}; }
    static Target element(std::string kind, std::string id) { return {std::move(kind), std::move(id), std::nullopt}; }
    static Target element_at(std::string kind, std::size_t index) { return {std::move(kind), std::nullopt, index}; }
};

using KeyPath = std::vector<std::string>;

class Document {
public:
    // `path` is how errors name the file; a TOML syntax error is located.
    static catalog::Result<Document> parse(std::string path, std::string text);

    const std::string& path() const;
    const std::string& text() const;

    // Whether the entity exists in this file.
    bool has(const Target& target) const;
    // The ids of the elements of [[kind]], in file order (empty strings for
    // elements without a string id).
    std::vector<std::string> ids(std::string_view kind) const;

    struct Impl;
    const Impl& impl() const { return *impl_; }

private:
    explicit Document(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
    std::shared_ptr<const Impl> impl_;
};

// Each edit below returns the whole new text of the file, or why the edit
// cannot be made, located in the file (line and column from 1; 0 when it
// concerns the whole file).

// Replaces the value of a key that is set. The comment at the end of its
// line stays; a string written as a literal string ('…') stays one when
// the new text can be.
catalog::Result<std::string> replace_value(const Document& document, const Target& target, const KeyPath& key,
                                           const Value& value);

// How a nested table that is not there yet is written when a key of it is
// added: `registration = { deadline = 2027-01-10 }` on a line of its own
// (inline_table), a [meeting.registration] block after the entity
// (sub_table), or `registration.deadline = 2027-01-10` (dotted).
// automatic: as the other elements of the same [[kind]] write that table;
// when none has it, inline for an element of [[kind]], a sub-table for a
// table of its own ([settings]), dotted at the top level.
enum class TableStyle { automatic, inline_table, sub_table, dotted };

// Adds a key that is not set, as `key = value` on a line of its own after
// the last key of its table (before the comments and blank lines that
// lead to the next table), indented like that key. A key of an inline
// table is added inside it, before its closing brace, and the tables on
// the way that are not there yet are made as `style` says.
catalog::Result<std::string> insert_key(const Document& document, const Target& target, const KeyPath& key,
                                        const Value& value, TableStyle style = TableStyle::automatic);

// replace_value when the key is set, else insert_key.
catalog::Result<std::string> set_value(const Document& document, const Target& target, const KeyPath& key,
                                       const Value& value, TableStyle style = TableStyle::automatic);

// Adds a top-level table [name] with no keys at the end of the file, after
// a blank line; an error when the file has one.
catalog::Result<std::string> append_table(const Document& document, std::string_view name);

// Removes a key and its value: the whole line(s) with the comment at its
// end when it stands on lines of its own, else (in an inline table) the
// key, its value and one comma; the last key of a nested inline table
// takes the table with it.
catalog::Result<std::string> remove_key(const Document& document, const Target& target, const KeyPath& key);

// Adds a [[kind]] element with these keys after the last element of its
// kind (and the comments that follow it directly), with one blank line
// before it; at the end of the file when there is none.
catalog::Result<std::string> append_element(const Document& document, std::string_view kind, const InlineTable& fields);
// The same for many elements at once, in their order, each after a blank
// line: one parse of the file however many there are (an import).
catalog::Result<std::string> append_elements(const Document& document, std::string_view kind,
                                             std::span<const InlineTable> elements);

// The bytes [first, last) of an element of [[kind]]: the comment lines
// directly above its header, its header, keys and sub-tables, as whole
// lines. Alone, they are a TOML document with that one element, which an
// edit of many entities of a large file parses instead of the file.
std::optional<std::pair<std::size_t, std::size_t>> element_span(const Document& document, const Target& target);

// Removes a whole element: its header, its keys and sub-tables, the comment
// lines directly above its header (no blank line between) and directly
// after its last line, and one run of the blank lines around it. Comments
// directly above the next header belong to that one and stay.
catalog::Result<std::string> remove_element(const Document& document, const Target& target);

// Adds an item at the end of an array value, on a line of its own like
// the last item when the array spans several lines. An item already there
// is an error.
catalog::Result<std::string> add_to_list(const Document& document, const Target& target, const KeyPath& key,
                                         const Value& item);
// Removes an item (a string or an integer equal to `item`) from an array
// value: the item's whole line in an array over several lines when it
// stands alone on it (its comment goes with it), else the item and one comma.
catalog::Result<std::string> remove_from_list(const Document& document, const Target& target, const KeyPath& key,
                                              const Value& item);

// Replaces every string equal to `from` whose place `is_reference` accepts
// with `to`, keeping each one's quoting. The path given is from the top of
// the file, array positions left out: {"centre", "contacts"},
// {"meeting", "speakers", "person"}, {"centre", "id"}. Returns the text
// unchanged when nothing matches.
catalog::Result<std::string> rename_id(const Document& document, std::string_view from, std::string_view to,
                                       const std::function<bool(const KeyPath&)>& is_reference);

}  // namespace netadmin::edit
