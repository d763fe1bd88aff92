// The new text of an edit (see document_impl.hpp): whole lines spliced in
// and out with the file's line ends, one item cut with its comma, the
// words that name an entity and a key in errors, and a value's quoting.
#include "edit/document_impl.hpp"

namespace netadmin::edit::document_detail {

catalog::Problem located(const Impl& doc, std::uint32_t line, std::uint32_t column, catalog::Problem problem) {
    return std::move(problem).at(catalog::Location{doc.path, line, column});
}

std::string splice(std::string_view text, std::size_t begin, std::size_t end, std::string_view replacement) {
    std::string out;
    out.reserve(text.size() - (end - begin) + replacement.size());
    out.append(text.substr(0, begin));
    out.append(replacement);
    out.append(text.substr(end));
    return out;
}

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

std::string remove_lines(const Impl& doc, std::uint32_t first, std::uint32_t last) {
    if (last >= doc.lines.count() && !doc.lines.has_line_end(doc.lines.count()) && first > 1) {
        return splice(doc.text, doc.lines.end(first - 1), doc.text.size(), "");
    }
    return splice(doc.text, doc.lines.begin(first), doc.lines.begin(last + 1), "");
}

std::string remove_item(std::string_view text, std::size_t begin, std::size_t end) {
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
    return splice(text, begin, end, "");
}

catalog::Arg describe(const Target& target) {
    if (target.kind.empty()) return catalog::Msg::edit_top_level;
    if (target.id) return "[[" + target.kind + "]] " + *target.id;
    if (target.index) return "[[" + target.kind + "]] #" + std::to_string(*target.index + 1);
    return "[" + target.kind + "]";
}

std::string dotted(const KeyPath& key) {
    std::string out;
    for (const auto& part : key) out += (out.empty() ? "" : ".") + part;
    return out;
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

}  // namespace netadmin::edit::document_detail
