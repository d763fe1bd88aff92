// Changes of registry_edit.hpp applied to a file's text: one change of
// `set` through the edits of document.hpp, the changes of one entity, and
// the updates of a batch, each entity edited in its own lines.
#include "edit/registry_edit_impl.hpp"

#include "labels/field_names.hpp"

#include <algorithm>
#include <filesystem>

namespace netadmin::edit::registry_edit_detail {

using catalog::Problem;

KeyPath key_path(std::string_view key) {
    KeyPath path;
    while (true) {
        const auto dot = key.find('.');
        path.emplace_back(key.substr(0, dot));
        if (dot == std::string_view::npos) break;
        key.remove_prefix(dot + 1);
    }
    return path;
}

// The entity in its file: an element of [[kind]], or the file's [kind] table.
Target target_of(const Document& document, std::string_view kind, std::string_view id) {
    auto element = Target::element(std::string(kind), std::string(id));
    if (document.has(element)) return element;
    return Target::table(std::string(kind));
}

namespace {

// One change of `set` applied to the file's text.
catalog::Result<std::string> apply(const Document& document, const Target& target, const model::Registry& registry,
                                   FieldOwner owner, const model::FieldInfo& field, const Change& change) {
    const auto path = key_path(field.key);
    switch (change.op) {
        case Change::Op::unset: return remove_key(document, target, path);
        case Change::Op::set: {
            if (is_blank(change.value)) {
                if (field.required) return Problem(catalog::Msg::edit_required_empty, labels::field_arg(field.key));
                return remove_key(document, target, path);
            }
            auto value = typed_value(registry, owner, field, change.value);
            if (!value) return value.problem();
            return set_value(document, target, path, *value);
        }
        case Change::Op::add: {
            auto item = typed_item(registry, field, change.value);
            if (!item) return item.problem();
            return add_to_list(document, target, path, *item);
        }
        case Change::Op::remove: {
            // An id that names nothing may still be taken out of a list.
            auto item = field.type == model::ValueType::id_list ? catalog::Result<Value>(Value(change.value))
                                                                : typed_item(registry, field, change.value);
            if (!item) return item.problem();
            return remove_from_list(document, target, path, *item);
        }
    }
    return document.text();
}

struct Splice {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string text;
};

}  // namespace

catalog::Result<Document> parsed(const load::SourceFile& file) { return Document::parse(file.path, file.content); }

std::optional<std::size_t> settings_file(const model::Registry& registry, const std::vector<load::SourceFile>& files) {
    if (registry.settings.where) return registry.settings.where->file;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (std::filesystem::path(files[i].path).filename() == "settings.toml") return i;
    }
    if (files.empty()) return std::nullopt;
    return 0;
}

Edited unchanged(const std::vector<load::SourceFile>& files, std::string id, std::string_view kind, std::size_t file) {
    return Edited{files, {}, std::move(id), std::string(kind), file, {}};
}

void replace_text(Edited& edited, std::size_t file, std::string text) {
    if (edited.files[file].content == text) return;
    edited.files[file].content = std::move(text);
    if (std::find(edited.changed.begin(), edited.changed.end(), file) == edited.changed.end()) {
        edited.changed.push_back(file);
        std::sort(edited.changed.begin(), edited.changed.end());
    }
}

// The changes of `set` applied to file `file` of `edited`.
catalog::Status apply_changes(Edited& edited, std::size_t file, const model::Registry& registry, FieldOwner owner,
                              std::string_view id, const std::vector<Change>& changes) {
    const auto kind_name = owner ? model::entity_kind_name(*owner) : kSettings;
    for (const auto& change : changes) {
        const auto field = editable_field(owner, change.key);
        if (!field) return field.problem();
        const auto document = parsed(edited.files[file]);
        if (!document) return document.problem();
        const auto target = target_of(*document, kind_name, id);
        auto text = apply(*document, target, registry, owner, *field, change);
        if (!text) return text.problem();
        replace_text(edited, file, std::move(*text));
    }
    return {};
}

// The updates of one file. Each entity is edited in its own lines, parsed
// alone (element_span), so a thousand updates parse the file once, not a
// thousand times; the file is then copied once, each entity's new lines
// in place of its old ones. An entity that is not an element of
// [[kind]] is edited in the whole file afterwards.
catalog::Status apply_updates(Edited& edited, std::size_t file, const model::Registry& registry, model::EntityKind kind,
                              const std::vector<std::pair<std::string, std::vector<Change>>>& updates) {
    const auto kind_name = std::string(model::entity_kind_name(kind));
    const auto document = parsed(edited.files[file]);
    if (!document) return document.problem();
    const auto& text = edited.files[file].content;
    std::vector<Splice> splices;
    std::vector<const std::pair<std::string, std::vector<Change>>*> whole_file;
    for (const auto& update : updates) {
        const auto span = element_span(*document, Target::element(kind_name, update.first));
        if (!span) {
            whole_file.push_back(&update);
            continue;
        }
        Edited block = unchanged({{edited.files[file].path, text.substr(span->first, span->second - span->first)}},
                                 update.first, kind_name, 0);
        if (auto status = apply_changes(block, 0, registry, kind, update.first, update.second); !status) return status;
        splices.push_back({span->first, span->second, std::move(block.files[0].content)});
    }
    std::sort(splices.begin(), splices.end(), [](const Splice& a, const Splice& b) { return a.first < b.first; });
    std::string spliced;
    spliced.reserve(text.size());
    std::size_t copied = 0;
    for (const auto& splice : splices) {
        spliced.append(text, copied, splice.first - copied);
        spliced.append(splice.text);
        copied = splice.last;
    }
    spliced.append(text, copied);
    replace_text(edited, file, std::move(spliced));
    for (const auto* update : whole_file) {
        if (auto status = apply_changes(edited, file, registry, kind, update->first, update->second); !status) {
            return status;
        }
    }
    return {};
}

}  // namespace netadmin::edit::registry_edit_detail
