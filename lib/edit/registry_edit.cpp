#include "edit/registry_edit.hpp"

#include "edit/document.hpp"
#include "load/table_reader.hpp"
#include "model/references.hpp"
#include "util/suggest.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace netadmin::edit {
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

std::string joined(const KeyPath& path) {
    std::string out;
    for (const auto& part : path) {
        if (!out.empty()) out += '.';
        out += part;
    }
    return out;
}

// The entity in its file: an element of [[kind]], or the file's [kind] table.
Target target_of(const Document& document, std::string_view kind, std::string_view id) {
    auto element = Target::element(std::string(kind), std::string(id));
    if (document.has(element)) return element;
    return Target::table(std::string(kind));
}

// The places of every id in a file, as rename_id names them: "centre.id",
// "centre.contacts", "meeting.speakers.person" …
std::set<std::string> reference_paths() {
    // A file that belongs to a region says so at its top: region = "id".
    std::set<std::string> out{"region"};
    for (int k = 0; k <= static_cast<int>(model::EntityKind::source); ++k) {
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

// The file a new entity goes in, by its path or its place in the registry.
std::optional<std::size_t> file_named(const std::vector<load::SourceFile>& files, const std::string& root,
                                      std::string_view name) {
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto& path = files[i].path;
        if (path == name || (!root.empty() && path == root + "/" + std::string(name)) ||
            path.ends_with("/" + std::string(name))) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> region_file(const model::Registry& registry, std::string_view region_id) {
    if (const auto* region = registry.region(region_id)) return region->where.file;
    return std::nullopt;
}

std::optional<std::size_t> county_file(const model::Registry& registry, std::string_view municipality) {
    const auto* found = registry.reference.find_municipality(municipality);
    if (found == nullptr) return std::nullopt;
    for (const auto& region : registry.regions) {
        if (region.county_code == found->county_code) return region.where.file;
    }
    return std::nullopt;
}

std::optional<std::size_t> last_of_kind(const model::Registry& registry, model::EntityKind kind) {
    std::optional<std::size_t> out;
    model::with_kind(kind, [&](auto type) {
        using E = typename decltype(type)::type;
        const auto& items = model::entities_of<E>(registry);
        if (!items.empty()) out = items.back().where.file;
    });
    return out;
}

// `taken`: the ids given to the other entities of a batch.
std::string unique_id(const model::Registry& registry, const std::set<std::string>& taken, const std::string& base) {
    const auto free = [&](const std::string& id) { return !registry.find(id) && taken.count(id) == 0; };
    if (free(base)) return base;
    for (int n = 2;; ++n) {
        auto candidate = base + "-" + std::to_string(n);
        if (free(candidate)) return candidate;
    }
}

// Puts `value` at `path` in an inline table being built, making the
// tables on the way: {"registration", "deadline"} -> registration = { deadline = … }.
void put(InlineTable& table, const KeyPath& path, std::size_t at, Value value) {
    if (at + 1 == path.size()) {
        table.emplace_back(path[at], std::move(value));
        return;
    }
    for (auto& entry : table) {
        if (entry.first == path[at]) {
            if (auto* inner = std::get_if<InlineTable>(&entry.second.data)) {
                put(*inner, path, at + 1, std::move(value));
                return;
            }
        }
    }
    InlineTable inner;
    put(inner, path, at + 1, std::move(value));
    table.emplace_back(path[at], Value(std::move(inner)));
}

// One change of `set` applied to the file's text.
catalog::Result<std::string> apply(const Document& document, const Target& target, const model::Registry& registry,
                                   model::EntityKind kind, const model::FieldInfo& field, const Change& change) {
    const auto path = key_path(field.key);
    EditResult result;
    switch (change.op) {
        case Change::Op::unset: result = remove_key(document, target, path); break;
        case Change::Op::set: {
            if (change.value.empty()) {
                result = remove_key(document, target, path);
                break;
            }
            auto value = typed_value(registry, kind, field, change.value);
            if (!value) return value.problem();
            result = set_value(document, target, path, *value);
            break;
        }
        case Change::Op::add: {
            auto item = typed_item(registry, field, change.value);
            if (!item) return item.problem();
            result = add_to_list(document, target, path, *item);
            break;
        }
        case Change::Op::remove: {
            // An id that names nothing may still be taken out of a list.
            auto item = field.type == model::ValueType::id_list ? catalog::Result<Value>(Value(change.value))
                                                                : typed_item(registry, field, change.value);
            if (!item) return item.problem();
            result = remove_from_list(document, target, path, *item);
            break;
        }
    }
    if (!result.ok()) return *result.error;
    return std::move(result.text);
}

catalog::Result<Document> parsed(const load::SourceFile& file) {
    auto result = Document::parse(file.path, file.content);
    if (!result.document) return *result.error;
    return std::move(*result.document);
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

// A new entity's id, file and keys, or why it cannot be added.
struct Addition {
    std::string id;
    std::size_t file = 0;
    InlineTable fields;
};

catalog::Result<Addition> prepare_addition(const model::Registry& registry, const std::vector<load::SourceFile>& files,
                                           model::EntityKind kind, const std::vector<Change>& changes,
                                           std::string_view file, const std::set<std::string>& taken) {
    if (kind == model::EntityKind::region) return Problem(Msg::edit_region_is_a_file);
    Addition out;
    std::string named;
    std::string region;
    std::string municipality;
    std::vector<std::pair<std::size_t, std::pair<KeyPath, Value>>> ordered;
    const auto infos = model::field_infos(kind);
    for (const auto& change : changes) {
        if (change.op == Change::Op::unset || change.op == Change::Op::remove) {
            return Problem(Msg::edit_bad_argument, change.key + "-=" + change.value);
        }
        if (change.key == "id") {
            out.id = change.value;
            continue;
        }
        const auto field = editable_field(kind, change.key);
        if (!field) return field.problem();
        auto value = typed_value(registry, kind, *field, change.value);
        if (!value) return value.problem();
        if (field->key == "name" || (field->key == "title" && named.empty())) named = change.value;
        if (field->key == "region") region = change.value;
        if (field->key == "municipality") municipality = change.value;
        std::size_t position = 0;
        while (position < infos.size() && infos[position].key != field->key) ++position;
        ordered.push_back({position, {key_path(field->key), std::move(*value)}});
    }
    if (out.id.empty()) {
        const auto base = id_from_name(named, kind);
        if (base.empty()) return Problem(Msg::edit_no_name, model::entity_kind_name(kind));
        out.id = unique_id(registry, taken, base);
    } else if (!load::is_valid_id(out.id)) {
        return Problem(Msg::err_invalid_id, out.id);
    } else if (registry.find(out.id) || taken.count(out.id) > 0) {
        return Problem(Msg::edit_id_taken, out.id);
    }
    std::optional<std::size_t> where;
    if (!file.empty()) {
        where = file_named(files, registry.root, file);
        if (!where) return Problem(Msg::edit_no_such_file, file);
    }
    if (!where && !region.empty()) where = region_file(registry, region);
    if (!where && !municipality.empty()) where = county_file(registry, municipality);
    if (!where) where = last_of_kind(registry, kind);
    if (!where && registry.regions.size() == 1) where = registry.regions.front().where.file;
    if (!where) return Problem(Msg::edit_which_file, model::entity_kind_name(kind));
    out.file = *where;

    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out.fields.emplace_back("id", Value(out.id));
    for (auto& entry : ordered) put(out.fields, entry.second.first, 0, std::move(entry.second.second));
    return out;
}

// The changes of `set` applied to file `file` of `edited`.
std::optional<Problem> apply_changes(Edited& edited, std::size_t file, const model::Registry& registry,
                                     model::EntityKind kind, std::string_view id, const std::vector<Change>& changes) {
    const auto kind_name = model::entity_kind_name(kind);
    for (const auto& change : changes) {
        const auto field = editable_field(kind, change.key);
        if (!field) return field.problem();
        const auto document = parsed(edited.files[file]);
        if (!document) return document.problem();
        const auto target = target_of(*document, kind_name, id);
        auto text = apply(*document, target, registry, kind, *field, change);
        if (!text) return text.problem();
        replace_text(edited, file, std::move(*text));
    }
    return std::nullopt;
}

struct Splice {
    std::size_t first = 0;
    std::size_t last = 0;
    std::string text;
};

// The updates of one file. Each entity is edited in its own lines, parsed
// alone (element_span), so a thousand updates parse the file once, not a
// thousand times; the file is then copied once, each entity's new lines
// in place of its old ones. An entity that is not an element of
// [[kind]] is edited in the whole file afterwards.
std::optional<Problem> apply_updates(Edited& edited, std::size_t file, const model::Registry& registry,
                                     model::EntityKind kind,
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
        if (auto problem = apply_changes(block, 0, registry, kind, update.first, update.second)) return problem;
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
        if (auto problem = apply_changes(edited, file, registry, kind, update->first, update->second)) return problem;
    }
    return std::nullopt;
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
    const auto after = load::load_registry_from_sources(edited.files, reference_);
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
    if (!result.ok()) return refused(*result.error);
    auto edited = unchanged(files_, addition->id, model::entity_kind_name(*kind), addition->file);
    replace_text(edited, addition->file, std::move(result.text));
    return validated(std::move(edited));
}

EditOutcome RegistryEditor::set(std::string_view id, const std::vector<Change>& changes) const {
    const auto& registry = before_.registry;
    const auto ref = registry.find(id);
    if (!ref) return unknown_id(registry, id);
    const auto file = registry.where(*ref).file;
    auto edited = unchanged(files_, std::string(id), model::entity_kind_name(ref->kind), file);
    if (auto problem = apply_changes(edited, file, registry, ref->kind, id, changes)) return refused(*problem);
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
        if (auto problem = apply_updates(edited, entry.first, registry, *kind, entry.second)) return refused(*problem);
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
        if (!result.ok()) return refused(*result.error);
        replace_text(edited, file, std::move(result.text));
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
                        model::entity_kind_name(from.kind), registry.id_of(from), std::string(key));
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
    if (!result.ok()) return refused(*result.error);
    auto edited = unchanged(files_, std::string(id), kind_name, at.file);
    replace_text(edited, at.file, std::move(result.text));
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
        if (!result.ok()) return refused(*result.error);
        replace_text(edited, i, std::move(result.text));
    }
    if (const auto former = model::find_field(ref->kind, "former_ids")) {
        const auto document = parsed(edited.files[file]);
        if (!document) return refused(document.problem());
        auto result = add_to_list(*document, target_of(*document, kind_name, to), key_path(former->key),
                                  Value(std::string(from)));
        if (!result.ok()) return refused(*result.error);
        replace_text(edited, file, std::move(result.text));
    }
    return validated(std::move(edited));
}

}  // namespace netadmin::edit
