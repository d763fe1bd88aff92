// The edits of one key (see document.hpp): replace its value, insert it,
// remove it.
#include "edit/document_impl.hpp"

namespace netadmin::edit {

using catalog::Msg;
using namespace document_detail;

namespace {

// The tables on the way to a new key: the nearest with a header of its own
// (it takes the key's line, and the keys below it are written dotted), and
// how many parts of the key are tables that are there.
struct Anchor {
    const toml::table* table = nullptr;
    KeyPath path;
    std::size_t depth = 0;                      // how many parts of the key it holds
    std::size_t held = 0;                       // how many parts of the key are tables that are there
    const toml::table* inline_table = nullptr;  // the first of them written { … }, if any
};

catalog::Result<Anchor> anchor_of(const Impl& doc, const Target& target, const toml::table& entity,
                                  const KeyPath& key) {
    const auto& entity_at = entity.source().begin;
    KeyPath path = entity_path(target);
    Anchor anchor{&entity, path, 0, 0, nullptr};
    const toml::table* table = &entity;
    for (std::size_t i = 0; i + 1 < key.size(); ++i) {
        const auto* child = table->get(key[i]);
        if (child == nullptr) break;
        if (!child->is_table()) {
            return located(doc, entity_at.line, entity_at.column,
                           catalog::Problem(Msg::edit_no_parent_table, dotted(key),
                                            dotted(KeyPath(key.begin(), key.begin() + static_cast<long>(i) + 1))));
        }
        table = child->as_table();
        path.push_back(key[i]);
        anchor.held = i + 1;
        if (table->is_inline()) {
            anchor.inline_table = table;
            break;
        }
        if (doc.is_header(*table, path)) {
            anchor.table = table;
            anchor.path = path;
            anchor.depth = i + 1;
        }
    }
    return anchor;
}

std::string dotted_keys(const KeyPath& key, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : ".") + key_text(key[i]);
    return out;
}

// The style of the nested table `table_key` in the other elements of the
// target's [[kind]]: the first element that has it decides.
std::optional<TableStyle> style_in_file(const Impl& doc, const Target& target, const KeyPath& table_key) {
    const auto* node = doc.root.get(target.kind);
    if (node == nullptr || !is_table_array(*node)) return std::nullopt;
    KeyPath path = entity_path(target);
    path.insert(path.end(), table_key.begin(), table_key.end());
    for (const auto& element : *node->as_array()) {
        const auto found = find_key(*element.as_table(), table_key);
        const auto* table = found.node == nullptr ? nullptr : found.node->as_table();
        if (table == nullptr) continue;
        if (table->is_inline()) return TableStyle::inline_table;
        return doc.is_header(*table, path) ? TableStyle::sub_table : TableStyle::dotted;
    }
    return std::nullopt;
}

TableStyle style_for(const Impl& doc, const Target& target, const KeyPath& table_key, TableStyle style) {
    if (style != TableStyle::automatic) return style;
    if (target.kind.empty()) return TableStyle::dotted;
    if (const auto found = style_in_file(doc, target, table_key)) return *found;
    const bool element = target.id.has_value() || target.index.has_value();
    return element ? TableStyle::inline_table : TableStyle::sub_table;
}

// `pair` ("key = value") added at the end of an inline table, before its brace.
catalog::Result<std::string> insert_inline(const Impl& doc, const toml::table& table, const std::string& pair) {
    const auto& source = table.source();
    const auto end = doc.offset(source.end);
    if (end == 0 || end > doc.text.size() || doc.text[end - 1] != '}') {
        return located(doc, source.begin.line, source.begin.column, catalog::Problem(Msg::edit_inline_table, pair));
    }
    auto before = end - 1;
    while (before > 0 && is_space(doc.text[before - 1])) --before;
    if (before > 0 && doc.text[before - 1] == '{') return splice(doc.text, before, end - 1, " " + pair + " ");
    return splice(doc.text, before, before, ", " + pair);
}

// A sub-table [entity.table] with its first key, on lines of its own after
// the entity's last line (its other sub-tables and the comments directly
// after it), one blank line before.
std::string insert_sub_table(const Impl& doc, const Target& target, const toml::table& entity, const KeyPath& table,
                             const std::string& pair) {
    const auto extent = extent_of(doc, entity.source().begin.line, entity_path(target));
    KeyPath full = entity_path(target);
    full.insert(full.end(), table.begin(), table.end());
    return insert_lines_after(doc, extent.end, {"", "[" + dotted_keys(full, 0, full.size()) + "]", pair});
}

// `written` on a line of its own after the last key of the anchor's table
// (before the comments and blank lines that lead to the next table),
// indented like that key.
catalog::Result<std::string> insert_line(const Impl& doc, const Target& target, const toml::table& table,
                                         const KeyPath& path, std::size_t depth, const KeyPath& key,
                                         const std::string& written) {
    const bool top = target.kind.empty() && depth == 0;
    if (!top && !doc.is_header(table, path)) {
        const auto& at = table.source().begin;
        return located(doc, at.line, at.column, catalog::Problem(Msg::edit_inline_table, dotted(key)));
    }
    const std::uint32_t header = top ? 0 : table.source().begin.line;
    const auto next = doc.next_header(header);
    const auto last = doc.last_content(header, next);
    if (last == header && top) {
        // Nothing at the top yet: before the first table and the comments that lead to it.
        if (next > doc.lines.count()) return insert_lines_after(doc, doc.lines.count(), {written});
        return insert_lines_after(doc, doc.leading_comments(next) - 1, {written, ""});
    }
    std::uint32_t indent_line = header;
    for (const auto& span : doc.values) {
        if (span.begin_line > header && span.begin_line < next && span.end_line == last) indent_line = span.begin_line;
    }
    return insert_lines_after(doc, last, {std::string(doc.lines.indent(indent_line)) + written});
}

}  // namespace

catalog::Result<std::string> replace_value(const Document& document, const Target& target, const KeyPath& key,
                                           const Value& value) {
    const auto& doc = document.impl();
    const auto found = find_set_key(doc, target, key);
    if (!found) return found.problem();
    const auto& source = found->node->source();
    const auto written = value_text(value, quoting_of(doc, *found->node));
    return splice(doc.text, doc.offset(source.begin), doc.offset(source.end), written);
}

catalog::Result<std::string> insert_key(const Document& document, const Target& target, const KeyPath& key,
                                        const Value& value, TableStyle style) {
    const auto& doc = document.impl();
    const auto entity = find_entity(doc, target);
    if (!entity) return entity.problem();
    const auto& entity_at = (*entity)->source().begin;
    if (key.empty() || find_key(**entity, key).node != nullptr) {
        return located(doc, entity_at.line, entity_at.column,
                       catalog::Problem(Msg::edit_key_already_set, dotted(key), describe(target)));
    }
    const auto anchor = anchor_of(doc, target, **entity, key);
    if (!anchor) return anchor.problem();
    const auto assigned = " = " + value_text(value);
    if (anchor->inline_table != nullptr) {
        return insert_inline(doc, *anchor->inline_table, dotted_keys(key, anchor->held, key.size()) + assigned);
    }
    std::string written = dotted_keys(key, anchor->depth, key.size()) + assigned;
    if (anchor->held + 1 < key.size()) {
        // A table on the way is not there yet: written as the file writes it.
        const KeyPath table(key.begin(), key.begin() + static_cast<long>(anchor->held) + 1);
        switch (style_for(doc, target, table, style)) {
            case TableStyle::inline_table:
                written = dotted_keys(key, anchor->depth, anchor->held + 1) + " = { " +
                          dotted_keys(key, anchor->held + 1, key.size()) + assigned + " }";
                break;
            case TableStyle::sub_table:
                if (anchor->depth == 0 && !target.kind.empty()) {
                    return insert_sub_table(doc, target, **entity, table,
                                            dotted_keys(key, anchor->held + 1, key.size()) + assigned);
                }
                break;
            default: break;
        }
    }
    return insert_line(doc, target, *anchor->table, anchor->path, anchor->depth, key, written);
}

catalog::Result<std::string> set_value(const Document& document, const Target& target, const KeyPath& key,
                                       const Value& value, TableStyle style) {
    const auto entity = find_entity(document.impl(), target);
    if (!entity) return entity.problem();
    if (find_key(**entity, key).node != nullptr) return replace_value(document, target, key, value);
    return insert_key(document, target, key, value, style);
}

catalog::Result<std::string> remove_key(const Document& document, const Target& target, const KeyPath& key) {
    const auto& doc = document.impl();
    const auto found = find_set_key(doc, target, key);
    if (!found) return found.problem();
    if (found->parent->is_inline() && found->parent->size() == 1 && key.size() > 1) {
        // The last key of a nested inline table: the table goes with it.
        return remove_key(document, target, KeyPath(key.begin(), key.end() - 1));
    }
    const auto& key_at = found->key->source().begin;
    const auto& value_end = found->node->source().end;
    if (!found->parent->is_inline()) return remove_lines(doc, key_at.line, value_end.line);
    // In an inline table: the pair and the comma after it, or the one before it.
    return remove_item(doc.text, doc.offset(key_at), doc.offset(value_end));
}

}  // namespace netadmin::edit
