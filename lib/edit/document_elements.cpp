// The edits of whole [[kind]] elements (see document.hpp): append, remove;
// and a new top-level table [name].
#include "edit/document_impl.hpp"

namespace netadmin::edit {

using catalog::Msg;
using namespace document_detail;

catalog::Result<std::string> append_element(const Document& document, std::string_view kind,
                                            const InlineTable& fields) {
    return append_elements(document, kind, std::span<const InlineTable>(&fields, 1));
}

catalog::Result<std::string> append_elements(const Document& document, std::string_view kind,
                                             std::span<const InlineTable> elements) {
    const auto& doc = document.impl();
    std::vector<std::string> block;
    for (const auto& fields : elements) {
        block.emplace_back();
        block.push_back("[[" + key_text(kind) + "]]");
        for (const auto& [key, value] : fields) block.push_back(key_text(key) + " = " + value_text(value));
    }
    if (block.empty()) return doc.text;
    const auto* existing = doc.root.get(kind);
    if (existing != nullptr && !is_table_array(*existing)) {
        const auto& at = existing->source().begin;
        return located(doc, at.line, at.column, catalog::Problem(Msg::edit_not_a_table_list, std::string(kind)));
    }
    if (existing == nullptr) {
        const auto count = doc.lines.count();
        if (count == 0 || doc.blank(count)) block.erase(block.begin());
        return insert_lines_after(doc, count, block);
    }
    const auto& last = *existing->as_array()->back().as_table();
    const auto end = extent_of(doc, last.source().begin.line, {std::string(kind)}).end;
    if (end + 1 <= doc.lines.count() && !doc.blank(end + 1)) block.emplace_back();
    return insert_lines_after(doc, end, block);
}

catalog::Result<std::string> append_table(const Document& document, std::string_view name) {
    const auto& doc = document.impl();
    if (const auto* existing = doc.root.get(name)) {
        const auto& at = existing->source().begin;
        return located(doc, at.line, at.column,
                       catalog::Problem(Msg::edit_key_already_set, std::string(name), describe(Target::table({}))));
    }
    std::vector<std::string> block{"", "[" + key_text(name) + "]"};
    const auto count = doc.lines.count();
    if (count == 0 || doc.blank(count)) block.erase(block.begin());
    return insert_lines_after(doc, count, block);
}

catalog::Result<std::string> remove_element(const Document& document, const Target& target) {
    const auto& doc = document.impl();
    const auto entity = find_entity(doc, target);
    if (!entity) return entity.problem();
    if (target.kind.empty()) {
        return located(doc, 0, 0, catalog::Problem(Msg::edit_no_such_entity, describe(target)));
    }
    const auto extent = extent_of(doc, (*entity)->source().begin.line, entity_path(target));
    const auto first = extent.first;
    const auto end = extent.end;
    auto after = end + 1;
    while (after <= doc.lines.count() && doc.blank(after)) ++after;
    if (after <= doc.lines.count()) return remove_lines(doc, first, after - 1);
    // Nothing follows: the blank lines before it go instead.
    auto start = first;
    while (start > 1 && doc.blank(start - 1)) --start;
    return remove_lines(doc, start, doc.lines.count());
}

}  // namespace netadmin::edit
