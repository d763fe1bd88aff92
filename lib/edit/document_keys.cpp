// The edits of one key (see document.hpp): replace its value, insert it,
// remove it.
#include "edit/document_impl.hpp"

namespace netadmin::edit {

using catalog::Msg;
using namespace document_detail;

namespace {

// The nearest table on the way to a new key with a header of its own: it
// takes the key's line, and the keys below it are written dotted.
struct Anchor {
    const toml::table* table = nullptr;
    KeyPath path;
    std::size_t depth = 0;  // how many parts of the key it holds
};

catalog::Result<Anchor> anchor_of(const Impl& doc, const Target& target, const toml::table& entity,
                                  const KeyPath& key) {
    const auto& entity_at = entity.source().begin;
    KeyPath path = entity_path(target);
    Anchor anchor{&entity, path, 0};
    const toml::table* table = &entity;
    for (std::size_t i = 0; i + 1 < key.size(); ++i) {
        const auto* child = table->get(key[i]);
        if (child == nullptr || !child->is_table()) {
            return located(doc, entity_at.line, entity_at.column,
                           catalog::Problem(Msg::edit_no_parent_table, dotted(key),
                                            dotted(KeyPath(key.begin(), key.begin() + static_cast<long>(i) + 1))));
        }
        table = child->as_table();
        path.push_back(key[i]);
        if (table->is_inline()) {
            const auto& at = table->source().begin;
            return located(doc, at.line, at.column, catalog::Problem(Msg::edit_inline_table, dotted(key)));
        }
        if (doc.is_header(*table, path)) anchor = {table, path, i + 1};
    }
    return anchor;
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
                                        const Value& value) {
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
    std::string written;
    for (std::size_t i = anchor->depth; i < key.size(); ++i) written += (written.empty() ? "" : ".") + key_text(key[i]);
    written += " = " + value_text(value);

    const bool top = target.kind.empty() && anchor->depth == 0;
    if (!top && !doc.is_header(*anchor->table, anchor->path)) {
        const auto& at = anchor->table->source().begin;
        return located(doc, at.line, at.column, catalog::Problem(Msg::edit_inline_table, dotted(key)));
    }
    const std::uint32_t header = top ? 0 : anchor->table->source().begin.line;
    const auto next = doc.next_header(header);
    const auto last = doc.last_content(header, next);
    if (last == header && top) {
        // Nothing at the top yet: before the first table and the comments that lead to it.
        if (next > doc.lines.count()) return insert_lines_after(doc, doc.lines.count(), {written});
        return insert_lines_after(doc, doc.leading_comments(next) - 1, {written, ""});
    }
    // Indented like the last key (or the header).
    std::uint32_t indent_line = header;
    for (const auto& span : doc.values) {
        if (span.begin_line > header && span.begin_line < next && span.end_line == last) indent_line = span.begin_line;
    }
    return insert_lines_after(doc, last, {std::string(doc.lines.indent(indent_line)) + written});
}

catalog::Result<std::string> set_value(const Document& document, const Target& target, const KeyPath& key,
                                       const Value& value) {
    const auto entity = find_entity(document.impl(), target);
    if (!entity) return entity.problem();
    if (find_key(**entity, key).node != nullptr) return replace_value(document, target, key, value);
    return insert_key(document, target, key, value);
}

catalog::Result<std::string> remove_key(const Document& document, const Target& target, const KeyPath& key) {
    const auto& doc = document.impl();
    const auto found = find_set_key(doc, target, key);
    if (!found) return found.problem();
    const auto& key_at = found->key->source().begin;
    const auto& value_end = found->node->source().end;
    if (!found->parent->is_inline()) return remove_lines(doc, key_at.line, value_end.line);
    // In an inline table: the pair and the comma after it, or the one before it.
    return remove_item(doc.text, doc.offset(key_at), doc.offset(value_end));
}

}  // namespace netadmin::edit
