// Format-preserving edits at the places toml++ reports (see document.hpp):
// parsing a file with the places of its headers and values, and finding an
// entity, a key and where an entity ends. The edits are in
// document_keys.cpp, document_elements.cpp and document_lists.cpp, the
// writing of their text in document_text.cpp.
#include "edit/document.hpp"

#include "edit/document_impl.hpp"
#include "load/key_depth.hpp"
#include "load/toml_error.hpp"

#include <algorithm>
#include <cctype>

namespace netadmin::edit {

using catalog::Msg;
using namespace document_detail;

namespace {

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

}  // namespace

bool document_detail::is_table_array(const toml::node& node) {
    const auto* array = node.as_array();
    if (array == nullptr || array->empty() || !array->is_array_of_tables()) return false;
    return !array->front().as_table()->is_inline();
}

void Document::Impl::collect(const toml::node& node, KeyPath& path) {
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

void Document::Impl::index_elements() {
    for (auto&& [key, node] : root) {
        if (!is_table_array(node)) continue;
        auto& ids = elements[std::string(key.str())];
        const auto& array = *node.as_array();
        for (std::size_t i = 0; i < array.size(); ++i) {
            if (const auto id = (*array[i].as_table())["id"].value<std::string_view>()) ids.try_emplace(*id, i);
        }
    }
}

catalog::Result<const toml::table*> document_detail::find_entity(const Impl& doc, const Target& target) {
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
    return located(doc, 0, 0, catalog::Problem(Msg::edit_no_such_entity, describe(target)));
}

KeyPath document_detail::entity_path(const Target& target) {
    if (target.kind.empty()) return {};
    return {target.kind};
}

Found document_detail::find_key(const toml::table& entity, const KeyPath& key) {
    Found found;
    found.entity = &entity;
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

catalog::Result<Found> document_detail::find_set_key(const Impl& doc, const Target& target, const KeyPath& key) {
    const auto entity = find_entity(doc, target);
    if (!entity) return entity.problem();
    auto found = find_key(**entity, key);
    if (found.node == nullptr) {
        const auto& at = (*entity)->source().begin;
        return located(doc, at.line, at.column, catalog::Problem(Msg::edit_key_not_set, dotted(key), describe(target)));
    }
    return found;
}

Extent document_detail::extent_of(const Impl& doc, std::uint32_t header, const KeyPath& path) {
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

catalog::Result<Document> Document::parse(std::string path, std::string text) {
    auto impl = std::make_shared<Impl>();
    impl->path = std::move(path);
    impl->text = std::move(text);
    // A key too deep would overflow the stack in toml++ and in the walks
    // below (load/key_depth.hpp).
    if (const auto deep = load::find_too_deep_key(impl->text)) {
        return catalog::Problem(Msg::err_key_too_deep, load::max_key_depth)
            .at(catalog::Location{impl->path, deep->line, deep->column});
    }
    try {
        impl->root = toml::parse(std::string_view(impl->text), std::string_view(impl->path));
    } catch (const toml::parse_error& error) {
        return load::describe_toml_error(
            error.description(), catalog::Location{impl->path, error.source().begin.line, error.source().begin.column},
            impl->text);
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
    return Document(std::move(impl));
}

const std::string& Document::path() const { return impl_->path; }
const std::string& Document::text() const { return impl_->text; }

bool Document::has(const Target& target) const { return find_entity(*impl_, target).ok(); }

std::vector<std::string> Document::ids(std::string_view kind) const {
    std::vector<std::string> out;
    const auto* node = impl_->root.get(kind);
    if (node == nullptr || !is_table_array(*node)) return out;
    for (const auto& element : *node->as_array()) {
        out.emplace_back((*element.as_table())["id"].value_or(std::string_view()));
    }
    return out;
}

std::optional<std::pair<std::size_t, std::size_t>> element_span(const Document& document, const Target& target) {
    if (!target.id && !target.index) return std::nullopt;
    const auto& doc = document.impl();
    const auto entity = find_entity(doc, target);
    if (!entity) return std::nullopt;
    const auto extent = extent_of(doc, (*entity)->source().begin.line, entity_path(target));
    return std::pair{doc.lines.begin(extent.first), doc.lines.begin(extent.end + 1)};
}

}  // namespace netadmin::edit
