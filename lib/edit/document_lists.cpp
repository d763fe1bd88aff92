// The edits of array values and of references (see document.hpp): add an
// item, remove one, rename an id wherever it is referred to.
#include "edit/document_impl.hpp"

namespace netadmin::edit {

using catalog::Msg;
using namespace document_detail;

namespace {

catalog::Problem not_a_list(const Impl& doc, const toml::node& node, const KeyPath& key) {
    const auto& at = node.source().begin;
    return located(doc, at.line, at.column, catalog::Problem(Msg::edit_not_a_list, dotted(key)));
}

}  // namespace

catalog::Result<std::string> add_to_list(const Document& document, const Target& target, const KeyPath& key,
                                         const Value& item) {
    const auto& doc = document.impl();
    const auto entity = find_entity(doc, target);
    if (!entity) return entity.problem();
    const auto found = find_key(**entity, key);
    if (found.node == nullptr) return insert_key(document, target, key, Value(List{item}));
    const auto& source = found.node->source();
    const auto* array = found.node->as_array();
    if (array == nullptr) return not_a_list(doc, *found.node, key);
    for (const auto& element : *array) {
        if (same_item(element, item)) {
            const auto& at = element.source().begin;
            return located(doc, at.line, at.column,
                           catalog::Problem(Msg::edit_item_present, item_text(item), dotted(key)));
        }
    }
    const auto quoting = array->empty() ? Quoting::basic : quoting_of(doc, array->back());
    const auto written = value_text(item, quoting);
    if (array->empty()) {
        return splice(doc.text, doc.offset(source.begin), doc.offset(source.end), "[" + written + "]");
    }
    const auto& last = array->back().source();
    const auto last_end = doc.offset(last.end);
    if (source.begin.line == source.end.line || last.end.line == source.end.line) {
        return splice(doc.text, last_end, last_end, ", " + written);
    }
    // Over several lines: a line of its own, like the last item's.
    auto after = last_end;
    while (after < doc.text.size() && is_space(doc.text[after])) ++after;
    const bool trailing_comma = after < doc.text.size() && doc.text[after] == ',';
    const std::string line = std::string(doc.lines.indent(last.begin.line)) + written + (trailing_comma ? "," : "");
    auto text = insert_lines_after(doc, last.end.line, {line});
    if (!trailing_comma) text.insert(last_end, ",");
    return text;
}

catalog::Result<std::string> remove_from_list(const Document& document, const Target& target, const KeyPath& key,
                                              const Value& item) {
    const auto& doc = document.impl();
    const auto found = find_set_key(doc, target, key);
    if (!found) return found.problem();
    const auto& source = found->node->source();
    const auto* array = found->node->as_array();
    if (array == nullptr) return not_a_list(doc, *found->node, key);
    const toml::node* element = nullptr;
    for (const auto& candidate : *array) {
        if (same_item(candidate, item)) {
            element = &candidate;
            break;
        }
    }
    if (element == nullptr) {
        return located(doc, source.begin.line, source.begin.column,
                       catalog::Problem(Msg::edit_item_absent, item_text(item), dotted(key)));
    }
    const auto& text = doc.text;
    const auto& at = element->source();
    const auto begin = doc.offset(at.begin);
    const auto end = doc.offset(at.end);
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
    if (alone) return remove_lines(doc, at.begin.line, at.end.line);
    return remove_item(text, begin, end);
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

catalog::Result<std::string> rename_id(const Document& document, std::string_view from, std::string_view to,
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
    return text;
}

}  // namespace netadmin::edit
