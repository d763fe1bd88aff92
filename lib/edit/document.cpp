// Format-preserving edits at the places toml++ reports (see document.hpp).
// Everything here works on whole lines or on the exact bytes of one value:
// a key/value pair of a table with a header always owns its lines (TOML
// ends each pair with a line end), which is what makes line edits safe.
#include "edit/document.hpp"

#include "edit/lines.hpp"
#include "load/key_depth.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace netadmin::edit {

using catalog::Msg;

namespace {

struct Span {
    std::uint32_t begin_line = 0;
    std::uint32_t end_line = 0;
};

// A table with a header line of its own: [region], [[centre]], [settings.reminders].
struct Header {
    std::uint32_t line = 0;
    KeyPath path;  // from the top: {"settings", "reminders"}; an element's is its array's
};

// The keys a header line names, or nothing when the line is not a header.
std::optional<KeyPath> header_keys(std::string_view line) {
    std::size_t at = line.find_first_not_of(" \t");
    if (at == std::string_view::npos || line[at] != '[') return std::nullopt;
    ++at;
    if (at < line.size() && line[at] == '[') ++at;
    KeyPath keys;
    for (;;) {
        while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
        if (at >= line.size()) return std::nullopt;
        std::string key;
        if (line[at] == '"' || line[at] == '\'') {
            const char quote = line[at++];
            while (at < line.size() && line[at] != quote) {
                if (quote == '"' && line[at] == '\\' && at + 1 < line.size()) ++at;
                key += line[at++];
            }
            if (at >= line.size()) return std::nullopt;
            ++at;
        } else {
            while (at < line.size() &&
                   (std::isalnum(static_cast<unsigned char>(line[at])) != 0 || line[at] == '_' || line[at] == '-')) {
                key += line[at++];
            }
        }
        keys.push_back(std::move(key));
        while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
        if (at < line.size() && line[at] == '.') {
            ++at;
            continue;
        }
        return keys;
    }
}

bool is_table_array(const toml::node& node) {
    const auto* array = node.as_array();
    if (array == nullptr || array->empty() || !array->is_array_of_tables()) return false;
    return !array->front().as_table()->is_inline();
}

}  // namespace

struct Document::Impl {
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

    void collect(const toml::node& node, KeyPath& path) {
        const auto& source = node.source();
        if (const auto* table = node.as_table(); table != nullptr && !table->is_inline()) {
            if (source.begin.line > 0) {
                const auto keys = header_keys(lines.text(source.begin.line));
                if (keys && *keys == path) headers.push_back({source.begin.line, path});
            }
            for (auto&& [key, child] : *table) {
                path.emplace_back(key.str());
                collect(child, path);
                path.pop_back();
            }
            return;
        }
        if (is_table_array(node)) {
            for (const auto& element : *node.as_array()) collect(element, path);
            return;
        }
        values.push_back({source.begin.line, source.end.line});
        for (auto line = source.begin.line + 1; line <= source.end.line && line < covered.size(); ++line) {
            covered[line] = true;
        }
    }

    void index_elements() {
        for (auto&& [key, node] : root) {
            if (!is_table_array(node)) continue;
            auto& ids = elements[std::string(key.str())];
            const auto& array = *node.as_array();
            for (std::size_t i = 0; i < array.size(); ++i) {
                if (const auto id = (*array[i].as_table())["id"].value<std::string_view>()) ids.try_emplace(*id, i);
            }
        }
    }

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

namespace {

using Impl = Document::Impl;

catalog::Problem located(const Impl& doc, std::uint32_t line, std::uint32_t column, catalog::Problem problem) {
    return std::move(problem).at(catalog::Location{doc.path, line, column});
}

EditResult failure(catalog::Problem problem) { return {std::string(), std::move(problem)}; }

std::string splice(std::string_view text, std::size_t begin, std::size_t end, std::string_view replacement) {
    std::string out;
    out.reserve(text.size() - (end - begin) + replacement.size());
    out.append(text.substr(0, begin));
    out.append(replacement);
    out.append(text.substr(end));
    return out;
}

// Inserts `content` as whole lines after line `line` (0: at the top),
// with the file's line ends; a file without a final newline stays so.
std::string insert_lines_after(const Impl& doc, std::uint32_t line, const std::vector<std::string>& content) {
    const auto eol = doc.lines.eol();
    std::string block;
    for (const auto& text : content) block.append(text).append(eol);
    if (line == 0 || line > doc.lines.count()) line = std::min(line, doc.lines.count());
    if (line == 0) return splice(doc.text, 0, 0, block);
    if (doc.lines.has_line_end(line)) {
        const auto at = doc.lines.begin(line + 1);
        return splice(doc.text, at, at, block);
    }
    block.resize(block.size() - eol.size());
    return splice(doc.text, doc.text.size(), doc.text.size(), std::string(eol) + block);
}

// Removes lines [first, last] with their line ends; a file without a final
// newline stays so.
std::string remove_lines(const Impl& doc, std::uint32_t first, std::uint32_t last) {
    if (last >= doc.lines.count() && !doc.lines.has_line_end(doc.lines.count()) && first > 1) {
        return splice(doc.text, doc.lines.end(first - 1), doc.text.size(), "");
    }
    return splice(doc.text, doc.lines.begin(first), doc.lines.begin(last + 1), "");
}

std::string describe(const Target& target) {
    if (target.kind.empty()) return "(top level)";
    if (target.id) return "[[" + target.kind + "]] " + *target.id;
    if (target.index) return "[[" + target.kind + "]] #" + std::to_string(*target.index + 1);
    return "[" + target.kind + "]";
}

std::string dotted(const KeyPath& key) {
    std::string out;
    for (const auto& part : key) out += (out.empty() ? "" : ".") + part;
    return out;
}

// The entity's table, or an error.
const toml::table* find_entity(const Impl& doc, const Target& target, std::optional<catalog::Problem>& error) {
    if (target.kind.empty()) return &doc.root;
    const auto* node = doc.root.get(target.kind);
    const bool element = target.id.has_value() || target.index.has_value();
    if (node != nullptr && !element && node->is_table()) return node->as_table();
    if (node != nullptr && target.id && !target.index && is_table_array(*node)) {
        const auto& array = *node->as_array();
        const auto of_kind = doc.elements.find(target.kind);
        if (of_kind != doc.elements.end()) {
            if (const auto found = of_kind->second.find(*target.id); found != of_kind->second.end()) {
                return array[found->second].as_table();
            }
        }
    } else if (node != nullptr && element && is_table_array(*node)) {
        const auto& array = *node->as_array();
        for (std::size_t i = 0; i < array.size(); ++i) {
            const auto& table = *array[i].as_table();
            if (target.index && *target.index == i) return &table;
            if (target.id && table["id"].value<std::string_view>() == std::optional<std::string_view>(*target.id)) {
                return &table;
            }
        }
    }
    error = located(doc, 0, 0, catalog::Problem(Msg::edit_no_such_entity, describe(target)));
    return nullptr;
}

// The entity's path from the top, as its header names it.
KeyPath entity_path(const Target& target) {
    if (target.kind.empty()) return {};
    return {target.kind};
}

struct Found {
    const toml::table* parent = nullptr;
    const toml::node* node = nullptr;
    const toml::key* key = nullptr;
};

Found find_key(const toml::table& entity, const KeyPath& key) {
    Found found;
    const toml::table* table = &entity;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const auto it = table->find(key[i]);
        if (it == table->end()) return found;
        if (i + 1 == key.size()) {
            found.parent = table;
            found.node = &it->second;
            found.key = &it->first;
            return found;
        }
        table = it->second.as_table();
        if (table == nullptr) return found;
    }
    return found;
}

Quoting quoting_of(const Impl& doc, const toml::node& node) {
    const auto at = doc.offset(node.source().begin);
    const bool literal = at < doc.text.size() && doc.text[at] == '\'' && doc.text.compare(at, 3, "'''") != 0;
    return literal ? Quoting::literal : Quoting::basic;
}

bool same_item(const toml::node& node, const Value& item) {
    if (const auto* text = std::get_if<std::string>(&item.data)) return node.value<std::string_view>() == *text;
    if (const auto* number = std::get_if<std::int64_t>(&item.data)) return node.value<std::int64_t>() == *number;
    return false;
}

std::string item_text(const Value& item) {
    if (const auto* text = std::get_if<std::string>(&item.data)) return *text;
    return value_text(item);
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Where an entity with a header ends: `next` is the first header after it
// that is not one of its sub-tables, `end` its last line (with the
// comments directly after it that do not lead to `next`).
struct Extent {
    std::uint32_t first = 0;  // with the comments directly above its header
    std::uint32_t end = 0;
    std::uint32_t next = 0;
};

Extent extent_of(const Impl& doc, std::uint32_t header, const KeyPath& path) {
    Extent extent;
    extent.next = doc.lines.count() + 1;
    std::uint32_t last_sub = header;
    for (auto h = doc.first_header_after(header); h != doc.headers.end(); ++h) {
        const bool below = h->path.size() > path.size() && std::equal(path.begin(), path.end(), h->path.begin());
        if (!below) {
            extent.next = h->line;
            break;
        }
        last_sub = h->line;
    }
    extent.end = std::max(doc.last_content(header, extent.next), last_sub);
    extent.first = doc.leading_comments(header);
    const auto leading_next = extent.next <= doc.lines.count() ? doc.leading_comments(extent.next) : extent.next;
    while (extent.end + 1 < leading_next && doc.comment(extent.end + 1)) ++extent.end;
    return extent;
}

}  // namespace

ParseResult Document::parse(std::string path, std::string text) {
    auto impl = std::make_shared<Impl>();
    impl->path = std::move(path);
    impl->text = std::move(text);
    // A key too deep would overflow the stack in toml++ and in the walks
    // below (load/key_depth.hpp).
    if (const auto deep = load::find_too_deep_key(impl->text)) {
        return {std::nullopt, catalog::Problem(Msg::err_key_too_deep, load::max_key_depth)
                                  .at(catalog::Location{impl->path, deep->line, deep->column})};
    }
    try {
        impl->root = toml::parse(std::string_view(impl->text), std::string_view(impl->path));
    } catch (const toml::parse_error& error) {
        return {std::nullopt,
                catalog::Problem(Msg::err_toml_syntax, std::string(error.description()))
                    .at(catalog::Location{impl->path, error.source().begin.line, error.source().begin.column})};
    }
    impl->lines = Lines(impl->text);
    impl->covered.assign(impl->lines.count() + 2, false);
    KeyPath path_so_far;
    impl->collect(impl->root, path_so_far);
    std::stable_sort(impl->headers.begin(), impl->headers.end(),
                     [](const Header& a, const Header& b) { return a.line < b.line; });
    impl->by_line = impl->values;
    std::stable_sort(impl->by_line.begin(), impl->by_line.end(),
                     [](const Span& a, const Span& b) { return a.begin_line < b.begin_line; });
    impl->index_elements();
    return {Document(std::move(impl)), std::nullopt};
}

const std::string& Document::path() const { return impl_->path; }
const std::string& Document::text() const { return impl_->text; }

bool Document::has(const Target& target) const {
    std::optional<catalog::Problem> ignored;
    return find_entity(*impl_, target, ignored) != nullptr;
}

std::vector<std::string> Document::ids(std::string_view kind) const {
    std::vector<std::string> out;
    const auto* node = impl_->root.get(kind);
    if (node == nullptr || !is_table_array(*node)) return out;
    for (const auto& element : *node->as_array()) {
        out.emplace_back((*element.as_table())["id"].value_or(std::string_view()));
    }
    return out;
}

EditResult replace_value(const Document& document, const Target& target, const KeyPath& key, const Value& value) {
    const auto& doc = document.impl();
    std::optional<catalog::Problem> error;
    const auto* entity = find_entity(doc, target, error);
    if (entity == nullptr) return failure(std::move(*error));
    const auto found = find_key(*entity, key);
    if (found.node == nullptr) {
        const auto& at = entity->source().begin;
        return failure(
            located(doc, at.line, at.column, catalog::Problem(Msg::edit_key_not_set, dotted(key), describe(target))));
    }
    const auto& source = found.node->source();
    const auto written = value_text(value, quoting_of(doc, *found.node));
    return {splice(doc.text, doc.offset(source.begin), doc.offset(source.end), written), std::nullopt};
}

EditResult insert_key(const Document& document, const Target& target, const KeyPath& key, const Value& value) {
    const auto& doc = document.impl();
    std::optional<catalog::Problem> error;
    const auto* entity = find_entity(doc, target, error);
    if (entity == nullptr) return failure(std::move(*error));
    const auto& entity_at = entity->source().begin;
    if (key.empty() || find_key(*entity, key).node != nullptr) {
        return failure(located(doc, entity_at.line, entity_at.column,
                               catalog::Problem(Msg::edit_key_already_set, dotted(key), describe(target))));
    }
    // The nearest table on the way with a header of its own takes the line;
    // the keys below it are written dotted.
    KeyPath path = entity_path(target);
    const toml::table* anchor = entity;
    KeyPath anchor_path = path;
    std::size_t anchor_depth = 0;
    const toml::table* table = entity;
    for (std::size_t i = 0; i + 1 < key.size(); ++i) {
        const auto* child = table->get(key[i]);
        if (child == nullptr || !child->is_table()) {
            return failure(
                located(doc, entity_at.line, entity_at.column,
                        catalog::Problem(Msg::edit_no_parent_table, dotted(key),
                                         dotted(KeyPath(key.begin(), key.begin() + static_cast<long>(i) + 1)))));
        }
        table = child->as_table();
        path.push_back(key[i]);
        if (table->is_inline()) {
            const auto& at = table->source().begin;
            return failure(located(doc, at.line, at.column, catalog::Problem(Msg::edit_inline_table, dotted(key))));
        }
        if (doc.is_header(*table, path)) {
            anchor = table;
            anchor_path = path;
            anchor_depth = i + 1;
        }
    }
    std::string written;
    for (std::size_t i = anchor_depth; i < key.size(); ++i) written += (written.empty() ? "" : ".") + key_text(key[i]);
    written += " = " + value_text(value);

    const bool top = target.kind.empty() && anchor_depth == 0;
    if (!top && !doc.is_header(*anchor, anchor_path)) {
        const auto& at = anchor->source().begin;
        return failure(located(doc, at.line, at.column, catalog::Problem(Msg::edit_inline_table, dotted(key))));
    }
    const std::uint32_t header = top ? 0 : anchor->source().begin.line;
    const auto next = doc.next_header(header);
    const auto last = doc.last_content(header, next);
    if (last == header && top) {
        // Nothing at the top yet: before the first table and the comments that lead to it.
        if (next > doc.lines.count()) return {insert_lines_after(doc, doc.lines.count(), {written}), std::nullopt};
        return {insert_lines_after(doc, doc.leading_comments(next) - 1, {written, ""}), std::nullopt};
    }
    // Indented like the last key (or the header).
    std::uint32_t indent_line = header;
    for (const auto& span : doc.values) {
        if (span.begin_line > header && span.begin_line < next && span.end_line == last) indent_line = span.begin_line;
    }
    return {insert_lines_after(doc, last, {std::string(doc.lines.indent(indent_line)) + written}), std::nullopt};
}

EditResult set_value(const Document& document, const Target& target, const KeyPath& key, const Value& value) {
    std::optional<catalog::Problem> error;
    const auto* entity = find_entity(document.impl(), target, error);
    if (entity == nullptr) return failure(std::move(*error));
    if (find_key(*entity, key).node != nullptr) return replace_value(document, target, key, value);
    return insert_key(document, target, key, value);
}

EditResult remove_key(const Document& document, const Target& target, const KeyPath& key) {
    const auto& doc = document.impl();
    std::optional<catalog::Problem> error;
    const auto* entity = find_entity(doc, target, error);
    if (entity == nullptr) return failure(std::move(*error));
    const auto found = find_key(*entity, key);
    if (found.node == nullptr) {
        const auto& at = entity->source().begin;
        return failure(
            located(doc, at.line, at.column, catalog::Problem(Msg::edit_key_not_set, dotted(key), describe(target))));
    }
    const auto& key_at = found.key->source().begin;
    const auto& value_end = found.node->source().end;
    if (!found.parent->is_inline()) return {remove_lines(doc, key_at.line, value_end.line), std::nullopt};
    // In an inline table: the pair and the comma after it, or the one before it.
    auto begin = doc.offset(key_at);
    auto end = doc.offset(value_end);
    const auto& text = doc.text;
    auto after = end;
    while (after < text.size() && is_space(text[after])) ++after;
    if (after < text.size() && text[after] == ',') {
        ++after;
        while (after < text.size() && is_space(text[after])) ++after;
        end = after;
    } else {
        auto before = begin;
        while (before > 0 && is_space(text[before - 1])) --before;
        if (before > 0 && text[before - 1] == ',') begin = before - 1;
    }
    return {splice(text, begin, end, ""), std::nullopt};
}

EditResult append_element(const Document& document, std::string_view kind, const InlineTable& fields) {
    return append_elements(document, kind, std::span<const InlineTable>(&fields, 1));
}

EditResult append_elements(const Document& document, std::string_view kind, std::span<const InlineTable> elements) {
    const auto& doc = document.impl();
    std::vector<std::string> block;
    for (const auto& fields : elements) {
        block.emplace_back();
        block.push_back("[[" + key_text(kind) + "]]");
        for (const auto& [key, value] : fields) block.push_back(key_text(key) + " = " + value_text(value));
    }
    if (block.empty()) return {doc.text, std::nullopt};
    const auto* existing = doc.root.get(kind);
    if (existing != nullptr && !is_table_array(*existing)) {
        const auto& at = existing->source().begin;
        return failure(
            located(doc, at.line, at.column, catalog::Problem(Msg::edit_not_a_table_list, std::string(kind))));
    }
    if (existing == nullptr) {
        const auto count = doc.lines.count();
        if (count == 0 || doc.blank(count)) block.erase(block.begin());
        return {insert_lines_after(doc, count, block), std::nullopt};
    }
    const auto& last = *existing->as_array()->back().as_table();
    const auto end = extent_of(doc, last.source().begin.line, {std::string(kind)}).end;
    if (end + 1 <= doc.lines.count() && !doc.blank(end + 1)) block.emplace_back();
    return {insert_lines_after(doc, end, block), std::nullopt};
}

std::optional<std::pair<std::size_t, std::size_t>> element_span(const Document& document, const Target& target) {
    if (!target.id && !target.index) return std::nullopt;
    const auto& doc = document.impl();
    std::optional<catalog::Problem> error;
    const auto* entity = find_entity(doc, target, error);
    if (entity == nullptr) return std::nullopt;
    const auto extent = extent_of(doc, entity->source().begin.line, entity_path(target));
    return std::pair{doc.lines.begin(extent.first), doc.lines.begin(extent.end + 1)};
}

EditResult remove_element(const Document& document, const Target& target) {
    const auto& doc = document.impl();
    std::optional<catalog::Problem> error;
    const auto* entity = find_entity(doc, target, error);
    if (entity == nullptr) return failure(std::move(*error));
    if (target.kind.empty()) {
        return failure(located(doc, 0, 0, catalog::Problem(Msg::edit_no_such_entity, describe(target))));
    }
    const auto extent = extent_of(doc, entity->source().begin.line, entity_path(target));
    const auto first = extent.first;
    const auto end = extent.end;
    auto after = end + 1;
    while (after <= doc.lines.count() && doc.blank(after)) ++after;
    if (after <= doc.lines.count()) return {remove_lines(doc, first, after - 1), std::nullopt};
    // Nothing follows: the blank lines before it go instead.
    auto start = first;
    while (start > 1 && doc.blank(start - 1)) --start;
    return {remove_lines(doc, start, doc.lines.count()), std::nullopt};
}

EditResult add_to_list(const Document& document, const Target& target, const KeyPath& key, const Value& item) {
    const auto& doc = document.impl();
    std::optional<catalog::Problem> error;
    const auto* entity = find_entity(doc, target, error);
    if (entity == nullptr) return failure(std::move(*error));
    const auto found = find_key(*entity, key);
    if (found.node == nullptr) return insert_key(document, target, key, Value(List{item}));
    const auto& source = found.node->source();
    const auto* array = found.node->as_array();
    if (array == nullptr) {
        return failure(
            located(doc, source.begin.line, source.begin.column, catalog::Problem(Msg::edit_not_a_list, dotted(key))));
    }
    for (const auto& element : *array) {
        if (same_item(element, item)) {
            const auto& at = element.source().begin;
            return failure(located(doc, at.line, at.column,
                                   catalog::Problem(Msg::edit_item_present, item_text(item), dotted(key))));
        }
    }
    const auto quoting = array->empty() ? Quoting::basic : quoting_of(doc, array->back());
    const auto written = value_text(item, quoting);
    if (array->empty()) {
        return {splice(doc.text, doc.offset(source.begin), doc.offset(source.end), "[" + written + "]"), std::nullopt};
    }
    const auto& last = array->back().source();
    const auto last_end = doc.offset(last.end);
    if (source.begin.line == source.end.line || last.end.line == source.end.line) {
        return {splice(doc.text, last_end, last_end, ", " + written), std::nullopt};
    }
    // Over several lines: a line of its own, like the last item's.
    auto after = last_end;
    while (after < doc.text.size() && is_space(doc.text[after])) ++after;
    const bool trailing_comma = after < doc.text.size() && doc.text[after] == ',';
    const std::string line = std::string(doc.lines.indent(last.begin.line)) + written + (trailing_comma ? "," : "");
    auto text = insert_lines_after(doc, last.end.line, {line});
    if (!trailing_comma) text.insert(last_end, ",");
    return {std::move(text), std::nullopt};
}

EditResult remove_from_list(const Document& document, const Target& target, const KeyPath& key, const Value& item) {
    const auto& doc = document.impl();
    std::optional<catalog::Problem> error;
    const auto* entity = find_entity(doc, target, error);
    if (entity == nullptr) return failure(std::move(*error));
    const auto found = find_key(*entity, key);
    if (found.node == nullptr) {
        const auto& at = entity->source().begin;
        return failure(
            located(doc, at.line, at.column, catalog::Problem(Msg::edit_key_not_set, dotted(key), describe(target))));
    }
    const auto& source = found.node->source();
    const auto* array = found.node->as_array();
    if (array == nullptr) {
        return failure(
            located(doc, source.begin.line, source.begin.column, catalog::Problem(Msg::edit_not_a_list, dotted(key))));
    }
    const toml::node* element = nullptr;
    for (const auto& candidate : *array) {
        if (same_item(candidate, item)) {
            element = &candidate;
            break;
        }
    }
    if (element == nullptr) {
        return failure(located(doc, source.begin.line, source.begin.column,
                               catalog::Problem(Msg::edit_item_absent, item_text(item), dotted(key))));
    }
    const auto& text = doc.text;
    const auto& at = element->source();
    auto begin = doc.offset(at.begin);
    auto end = doc.offset(at.end);
    // Alone on its line(s): the lines go, with the comment at their end.
    const auto line_begin = doc.lines.begin(at.begin.line);
    bool alone = std::all_of(text.begin() + static_cast<long>(line_begin), text.begin() + static_cast<long>(begin),
                             [](char c) { return is_space(c); });
    auto after = end;
    while (after < text.size() && is_space(text[after])) ++after;
    if (after < text.size() && text[after] == ',') {
        ++after;
        while (after < text.size() && is_space(text[after])) ++after;
    }
    const bool line_ends = after >= text.size() || text[after] == '\r' || text[after] == '\n' || text[after] == '#';
    alone = alone && line_ends && at.begin.line > source.begin.line && at.end.line < source.end.line;
    if (alone) return {remove_lines(doc, at.begin.line, at.end.line), std::nullopt};
    auto next = end;
    while (next < text.size() && is_space(text[next])) ++next;
    if (next < text.size() && text[next] == ',') {
        ++next;
        while (next < text.size() && is_space(text[next])) ++next;
        end = next;
    } else {
        auto before = begin;
        while (before > 0 && is_space(text[before - 1])) --before;
        if (before > 0 && text[before - 1] == ',') begin = before - 1;
    }
    return {splice(text, begin, end, ""), std::nullopt};
}

namespace {

struct Replacement {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
};

void find_references(const Impl& doc, const toml::node& node, KeyPath& path, std::string_view from, std::string_view to,
                     const std::function<bool(const KeyPath&)>& is_reference, std::vector<Replacement>& out) {
    if (const auto* table = node.as_table()) {
        for (auto&& [key, child] : *table) {
            path.emplace_back(key.str());
            find_references(doc, child, path, from, to, is_reference, out);
            path.pop_back();
        }
    } else if (const auto* array = node.as_array()) {
        for (const auto& element : *array) find_references(doc, element, path, from, to, is_reference, out);
    } else if (node.value<std::string_view>() == std::optional<std::string_view>(from) && is_reference(path)) {
        const auto& source = node.source();
        out.push_back({doc.offset(source.begin), doc.offset(source.end),
                       value_text(Value(std::string(to)), quoting_of(doc, node))});
    }
}

}  // namespace

EditResult rename_id(const Document& document, std::string_view from, std::string_view to,
                     const std::function<bool(const KeyPath&)>& is_reference) {
    const auto& doc = document.impl();
    std::vector<Replacement> replacements;
    KeyPath path;
    find_references(doc, doc.root, path, from, to, is_reference, replacements);
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement& a, const Replacement& b) { return a.begin < b.begin; });
    // One pass from the start: replacing in place from the end moved the
    // rest of the text once per reference.
    std::string text;
    text.reserve(doc.text.size());
    std::size_t copied = 0;
    for (const auto& replacement : replacements) {
        text.append(doc.text, copied, replacement.begin - copied);
        text.append(replacement.text);
        copied = replacement.end;
    }
    text.append(doc.text, copied);
    return {std::move(text), std::nullopt};
}

}  // namespace netadmin::edit
