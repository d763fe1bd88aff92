// What the parts of RegistryEditor share (registry_edit.hpp is its
// interface): changes applied to a file's text (registry_edit_changes.cpp)
// and a new entity's id, file and keys (registry_edit_additions.cpp).
// Included only by lib/edit/registry_edit*.cpp.
#pragma once

#include "catalog/problem.hpp"
#include "edit/document.hpp"
#include "edit/registry_edit.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netadmin::edit::registry_edit_detail {

// "registration.deadline" -> {"registration", "deadline"}.
KeyPath key_path(std::string_view key);

// The entity in its file: an element of [[kind]], or the file's [kind] table.
Target target_of(const Document& document, std::string_view kind, std::string_view id);

catalog::Result<Document> parsed(const load::SourceFile& file);

Edited unchanged(const std::vector<load::SourceFile>& files, std::string id, std::string_view kind, std::size_t file);

// The file's new text, marked as changed when it is.
void replace_text(Edited& edited, std::size_t file, std::string text);

// The changes of `set` applied to file `file` of `edited`: to the entity
// `id` of kind `owner`, or to [settings].
catalog::Status apply_changes(Edited& edited, std::size_t file, const model::Registry& registry, FieldOwner owner,
                              std::string_view id, const std::vector<Change>& changes);

// The file [settings] is in; when none has it, settings.toml, else the
// registry's first file; nothing when the registry has no file.
std::optional<std::size_t> settings_file(const model::Registry& registry, const std::vector<load::SourceFile>& files);

// The updates of one file (a batch): each entity's changes, in order.
catalog::Status apply_updates(Edited& edited, std::size_t file, const model::Registry& registry, model::EntityKind kind,
                              const std::vector<std::pair<std::string, std::vector<Change>>>& updates);

// A new entity's id, file and keys, or why it cannot be added.
struct Addition {
    std::string id;
    std::size_t file = 0;
    InlineTable fields;
};

// `taken`: the ids given to the other entities of a batch.
catalog::Result<Addition> prepare_addition(const model::Registry& registry, const std::vector<load::SourceFile>& files,
                                           model::EntityKind kind, const std::vector<Change>& changes,
                                           std::string_view file, const std::set<std::string>& taken);

// An edit that brings in a feature of a newer registry format than the
// registry used (model::kFormatVersion: `publish_contact` is format 2)
// also writes `requires = "N"` into the registry's [settings], so an older
// netadmin refuses the registry in one line (registry_edit_format.cpp).
// True when it changed `edited`; a registry without [settings] is left as it is.
bool mark_required_format(const model::Registry& before, const model::Registry& after, Edited& edited);

}  // namespace netadmin::edit::registry_edit_detail
