// RegistryEditor (registry_edit.hpp): each edit made on the files' text,
// then validated by loading the edited registry in memory. The text
// changes are in registry_edit_changes.cpp, a new entity's id and file in
// registry_edit_additions.cpp.
#include "edit/registry_edit.hpp"

#include "edit/document.hpp"
#include "edit/registry_edit_impl.hpp"
#include "labels/field_names.hpp"
#include "labels/labels.hpp"
#include "load/table_reader.hpp"
#include "model/references.hpp"
#include "util/suggest.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace netadmin::edit {

using namespace registry_edit_detail;

namespace {

using catalog::Msg;
using catalog::Problem;

void add_problem(load::Diagnostics& diagnostics, const Problem& problem, catalog::Location where = {}) {
    if (problem.where()) where = *problem.where();
    auto& diagnostic = diagnostics.add(std::move(where), problem);
    if (!problem.suggestions().empty()) load::add_suggestion(diagnostic, problem.suggestions().front());
}

EditOutcome refused(const Problem& problem, catalog::Location where = {}) {
    EditOutcome out;
    add_problem(out.problems, problem, std::move(where));
    return out;
}

std::string joined(const KeyPath& path) {
    std::string out;
    for (const auto& part : path) {
        if (!out.empty()) out += '.';
        out += part;
    }
    return out;
}

// The places of every id in a file, as rename_id names them: "centre.id",
// "centre.contacts", "meeting.speakers.person" …
std::set<std::string> reference_paths() {
    // A file that belongs to a region says so at its top: region = "id".
    std::set<std::string> out{"region"};
    for (int k = 0; k <= static_cast<int>(model::EntityKind::count); ++k) {
        const auto kind = static_cast<model::EntityKind>(k);
        const std::string name(model::entity_kind_name(kind));
        out.insert(name + ".id");
        for (const auto& field : model::field_infos(kind)) {
            if (field.type == model::ValueType::id || field.type == model::ValueType::id_list) {
                out.insert(name + "." + field.key);
            }
        }
    }
    return out;
}

// What identifies an error across an edit: its file and words, not its
// line, which the edit may move.
std::string error_key(const load::Diagnostic& diagnostic) {
    return diagnostic.location().file + '\x1f' +
           i18n::runtime_format(i18n::Language::en, diagnostic.msg(), diagnostic.args());
}

std::vector<std::string> all_ids(const model::Registry& registry) {
    std::vector<std::string> out;
    for (const auto id : registry.all_ids()) out.emplace_back(id);
    return out;
}

EditOutcome unknown_id(const model::Registry& registry, std::string_view id) {
    std::vector<std::string> nearest;
    if (auto best = util::closest_match(id, all_ids(registry))) nearest.push_back(std::move(*best));
    return refused(Problem(Msg::err_no_such_id, id).with_suggestions(std::move(nearest)));
}

}  // namespace

RegistryEditor::RegistryEditor(std::vector<load::SourceFile> files, model::Reference reference)
    : files_(std::move(files)),
      reference_(std::move(reference)),
      before_(load::load_registry_from_sources(files_, reference_)) {}

EditOutcome RegistryEditor::validated(Edited edited) const {
    EditOutcome out;
    if (edited.changed.empty()) {
        out.edited = std::move(edited);
        return out;
    }
    auto after = load::load_registry_from_sources(edited.files, reference_);
    if (mark_required_format(before_.registry, after.registry, edited)) {
        after = load::load_registry_from_sources(edited.files, reference_);
    }
    std::map<std::string, int> known;
    for (const auto& diagnostic : before_.diagnostics.items()) {
        if (diagnostic.is_error()) ++known[error_key(diagnostic)];
    }
    for (const auto& diagnostic : after.diagnostics.items()) {
        if (!diagnostic.is_error()) continue;
        auto& count = known[error_key(diagnostic)];
        if (count > 0) {
            --count;
        } else {
            out.problems.push(diagnostic);
        }
    }
    out.invalid = out.problems.has_errors();
    if (out.invalid) {
        out.attempted = std::move(edited);
    } else {
        out.edited = std::move(edited);
    }
    out.problems.sort();
    return out;
}

EditOutcome RegistryEditor::add(std::string_view kind_name, const std::vector<Change>& changes,
                                std::string_view file) const {
    const auto kind = parse_entity_kind(kind_name);
    if (!kind) return refused(kind.problem());
    auto addition = prepare_addition(before_.registry, files_, *kind, changes, file, {});
    if (!addition) return refused(addition.problem());
    const auto document = parsed(files_[addition->file]);
    if (!document) return refused(document.problem());
    auto result = append_element(*document, model::entity_kind_name(*kind), addition->fields);
    if (!result) return refused(result.problem());
    auto edited = unchanged(files_, addition->id, model::entity_kind_name(*kind), addition->file);
    replace_text(edited, addition->file, std::move(result).value());
    return validated(std::move(edited));
}

EditOutcome RegistryEditor::set(std::string_view id, const std::vector<Change>& changes) const {
    const auto& registry = before_.registry;
    const auto ref = registry.find(id);
    if (!ref && id == kSettings) return set_settings(changes);
    if (!ref) return unknown_id(registry, id);
    const auto file = registry.where(*ref).file;
    auto edited = unchanged(files_, std::string(id), model::entity_kind_name(ref->kind), file);
    if (const auto status = apply_changes(edited, file, registry, ref->kind, id, changes); !status) {
        return refused(status.problem());
    }
    return validated(std::move(edited));
}

EditOutcome RegistryEditor::set_settings(const std::vector<Change>& changes) const {
    const auto& registry = before_.registry;
    const auto file = settings_file(registry, files_);
    if (!file) return refused(Problem(Msg::edit_no_settings_file));
    auto edited = unchanged(files_, std::string(kSettings), kSettings, *file);
    if (!registry.settings.where) {
        const auto document = parsed(files_[*file]);
        if (!document) return refused(document.problem());
        auto result = append_table(*document, kSettings);
        if (!result) return refused(result.problem());
        replace_text(edited, *file, std::move(result).value());
    }
    if (const auto status = apply_changes(edited, *file, registry, std::nullopt, kSettings, changes); !status) {
        return refused(status.problem());
    }
    return validated(std::move(edited));
}

EditOutcome RegistryEditor::apply(const Batch& batch) const {
    const auto kind = parse_entity_kind(batch.kind);
    if (!kind) return refused(kind.problem());
    const auto& registry = before_.registry;
    auto edited = unchanged(files_, {}, batch.kind, 0);
    // The updates by file, the changes of one entity together.
    std::map<std::size_t, std::vector<std::pair<std::string, std::vector<Change>>>> updates;
    std::map<std::string_view, std::pair<std::size_t, std::size_t>> placed;  // id: its file and place there
    for (const auto& update : batch.updates) {
        const auto ref = registry.find(update.id);
        if (!ref) return unknown_id(registry, update.id);
        if (ref->kind != *kind) return refused(Problem(Msg::edit_id_taken, update.id));
        const auto file = registry.where(*ref).file;
        auto& of_file = updates[file];
        const auto [at, fresh] = placed.try_emplace(update.id, file, of_file.size());
        if (fresh) of_file.push_back({update.id, {}});
        auto& same = updates[at->second.first][at->second.second].second;
        same.insert(same.end(), update.changes.begin(), update.changes.end());
    }
    for (const auto& entry : updates) {
        if (const auto status = apply_updates(edited, entry.first, registry, *kind, entry.second); !status) {
            return refused(status.problem());
        }
    }
    // The new entities of each file are appended together: one parse per file.
    std::set<std::string> taken;
    std::map<std::size_t, std::vector<InlineTable>> appended;
    for (const auto& changes : batch.additions) {
        auto addition = prepare_addition(registry, files_, *kind, changes.changes, changes.file, taken);
        if (!addition) return refused(addition.problem());
        taken.insert(addition->id);
        edited.added.push_back(addition->id);
        appended[addition->file].push_back(std::move(addition->fields));
    }
    for (auto& [file, elements] : appended) {
        const auto document = parsed(edited.files[file]);
        if (!document) return refused(document.problem());
        auto result = append_elements(*document, batch.kind, elements);
        if (!result) return refused(result.problem());
        replace_text(edited, file, std::move(result).value());
    }
    return validated(std::move(edited));
}

EditOutcome RegistryEditor::remove(std::string_view id) const {
    const auto& registry = before_.registry;
    const auto ref = registry.find(id);
    if (!ref) return unknown_id(registry, id);
    const auto kind_name = model::entity_kind_name(ref->kind);
    const auto& at = registry.where(*ref);
    load::Diagnostics referrers;
    model::for_each_reference(registry, [&](model::EntityRef from, std::string_view key, const model::Id& to) {
        if (to != id || (from.kind == ref->kind && from.index == ref->index)) return;
        const auto& place = registry.where(from);
        referrers.error(catalog::Location{files_[place.file].path, place.line, place.column}, Msg::edit_referenced_by,
                        labels::label(from.kind), registry.id_of(from), labels::field_arg(key));
    });
    if (referrers.has_errors()) {
        EditOutcome out;
        out.problems.error(catalog::Location{files_[at.file].path, at.line, at.column}, Msg::edit_referenced, id,
                           static_cast<std::int64_t>(referrers.error_count()));
        out.problems.append(referrers);
        return out;
    }
    const auto document = parsed(files_[at.file]);
    if (!document) return refused(document.problem());
    auto result = remove_element(*document, target_of(*document, kind_name, id));
    if (!result) return refused(result.problem());
    auto edited = unchanged(files_, std::string(id), kind_name, at.file);
    replace_text(edited, at.file, std::move(result).value());
    return validated(std::move(edited));
}

EditOutcome RegistryEditor::rename(std::string_view from, std::string_view to) const {
    const auto& registry = before_.registry;
    const auto ref = registry.find(from);
    if (!ref) return unknown_id(registry, from);
    if (from == to) return refused(Problem(Msg::edit_same_id, from));
    if (!load::is_valid_id(to)) return refused(Problem(Msg::err_invalid_id, to));
    if (registry.find(to)) return refused(Problem(Msg::edit_id_taken, to));
    const auto kind_name = model::entity_kind_name(ref->kind);
    const auto file = registry.where(*ref).file;
    auto edited = unchanged(files_, std::string(to), kind_name, file);
    const auto paths = reference_paths();
    const auto is_reference = [&paths](const KeyPath& path) { return paths.count(joined(path)) > 0; };
    for (std::size_t i = 0; i < files_.size(); ++i) {
        if (files_[i].content.find(from) == std::string::npos) continue;
        const auto document = parsed(files_[i]);
        if (!document) return refused(document.problem());
        auto result = rename_id(*document, from, to, is_reference);
        if (!result) return refused(result.problem());
        replace_text(edited, i, std::move(result).value());
    }
    if (const auto former = model::find_field(ref->kind, "former_ids")) {
        const auto document = parsed(edited.files[file]);
        if (!document) return refused(document.problem());
        auto result = add_to_list(*document, target_of(*document, kind_name, to), key_path(former->key),
                                  Value(std::string(from)));
        if (!result) return refused(result.problem());
        replace_text(edited, file, std::move(result).value());
    }
    return validated(std::move(edited));
}

}  // namespace netadmin::edit
