// What the parts of the edit engine share (document.hpp is its interface):
// the parsed file with the places of its headers and values, the ways to
// find an entity, a key and where an entity ends (document.cpp), and the
// ways to write the new text (document_text.cpp). Included only by
// lib/edit/document*.cpp.
//
// Everything works on whole lines or on the exact bytes of one value: a
// key/value pair of a table with a header always owns its lines (TOML ends
// each pair with a line end), which is what makes line edits safe.
#pragma once

#include "catalog/problem.hpp"
#include "edit/document.hpp"
#include "edit/lines.hpp"
#include "edit/value.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace netadmin::edit {

namespace document_detail {

struct Span {
    std::uint32_t begin_line = 0;
    std::uint32_t end_line = 0;
};

// A table with a header line of its own: [region], [[centre]], [settings.reminders].
struct Header {
    std::uint32_t line = 0;
    KeyPath path;  // from the top: {"settings", "reminders"}; an element's is its array's
};

// Whether the node is an array of tables written with [[headers]].
bool is_table_array(const toml::node& node);

}  // namespace document_detail

struct Document::Impl {
    using Span = document_detail::Span;
    using Header = document_detail::Header;

    std::string path;
    std::string text;
    toml::table root;
    Lines lines{std::string_view()};
    std::vector<Header> headers;  // in line order
    std::vector<Span> values;     // every value that is not a table with a header
    std::vector<Span> by_line;    // the same, by the line they begin on
    // The elements of each [[kind]] by id (the first with each id), so an
    // edit of many entities finds each one without a search.
    std::unordered_map<std::string, std::unordered_map<std::string_view, std::size_t>> elements;
    std::vector<bool> covered;  // [line]: inside a value that began on an earlier line

    std::size_t offset(const toml::source_position& at) const { return lines.offset(at.line, at.column); }

    void collect(const toml::node& node, KeyPath& path);
    void index_elements();

    bool is_header(const toml::table& table, const KeyPath& path) const {
        const auto line = table.source().begin.line;
        return std::any_of(headers.begin(), headers.end(),
                           [&](const Header& header) { return header.line == line && header.path == path; });
    }
    bool blank(std::uint32_t line) const { return !covered[line] && lines.is_blank(line); }
    bool comment(std::uint32_t line) const { return !covered[line] && lines.is_comment(line); }

    // The first header after `line`, or count()+1.
    std::uint32_t next_header(std::uint32_t line) const {
        const auto after = first_header_after(line);
        return after == headers.end() ? lines.count() + 1 : after->line;
    }
    std::vector<Header>::const_iterator first_header_after(std::uint32_t line) const {
        return std::upper_bound(headers.begin(), headers.end(), line,
                                [](std::uint32_t at, const Header& header) { return at < header.line; });
    }
    // The comment lines directly above `line` (no blank between): the first of them, or `line`.
    std::uint32_t leading_comments(std::uint32_t line) const {
        while (line > 1 && line - 1 <= lines.count() && comment(line - 1)) --line;
        return line;
    }
    // The last line holding a value that begins in [from, to), or `from`.
    std::uint32_t last_content(std::uint32_t from, std::uint32_t to) const {
        std::uint32_t last = from;
        auto span = std::lower_bound(by_line.begin(), by_line.end(), from,
                                     [](const Span& each, std::uint32_t at) { return each.begin_line < at; });
        for (; span != by_line.end() && span->begin_line < to; ++span) last = std::max(last, span->end_line);
        return last;
    }
};

namespace document_detail {

using Impl = Document::Impl;

// Finding (document.cpp).

// The entity's table, or why there is none (located in the file).
catalog::Result<const toml::table*> find_entity(const Impl& doc, const Target& target);

// The entity's path from the top, as its header names it.
KeyPath entity_path(const Target& target);

struct Found {
    const toml::table* entity = nullptr;
    const toml::table* parent = nullptr;
    const toml::node* node = nullptr;
    const toml::key* key = nullptr;
};

// The key below the entity's table; node is null when it is not set.
Found find_key(const toml::table& entity, const KeyPath& key);

// The entity and its key, which must be set: the one preamble of the edits
// that change a key's value (no such entity, or the key is not set).
catalog::Result<Found> find_set_key(const Impl& doc, const Target& target, const KeyPath& key);

// Where an entity with a header ends: `next` is the first header after it
// that is not one of its sub-tables, `end` its last line (with the
// comments directly after it that do not lead to `next`).
struct Extent {
    std::uint32_t first = 0;  // with the comments directly above its header
    std::uint32_t end = 0;
    std::uint32_t next = 0;
};

Extent extent_of(const Impl& doc, std::uint32_t header, const KeyPath& path);

// Writing (document_text.cpp).

catalog::Problem located(const Impl& doc, std::uint32_t line, std::uint32_t column, catalog::Problem problem);

std::string splice(std::string_view text, std::size_t begin, std::size_t end, std::string_view replacement);
// Inserts `content` as whole lines after line `line` (0: at the top),
// with the file's line ends; a file without a final newline stays so.
std::string insert_lines_after(const Impl& doc, std::uint32_t line, const std::vector<std::string>& content);
// Removes lines [first, last] with their line ends; a file without a final
// newline stays so.
std::string remove_lines(const Impl& doc, std::uint32_t first, std::uint32_t last);
// Removes the bytes [begin, end) of one item of an inline table or array
// with the comma after it, or else the one before it.
std::string remove_item(std::string_view text, std::size_t begin, std::size_t end);

catalog::Arg describe(const Target& target);
std::string dotted(const KeyPath& key);
Quoting quoting_of(const Impl& doc, const toml::node& node);
bool same_item(const toml::node& node, const Value& item);
std::string item_text(const Value& item);
inline bool is_space(char c) { return c == ' ' || c == '\t'; }

}  // namespace document_detail

}  // namespace netadmin::edit
