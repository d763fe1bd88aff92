// The registry's edits as people ask for them (`netadmin add`, `set`,
// `remove`, `rename`): each one computes the new text of every file it
// touches with the format-preserving operations of edit/document.hpp, then
// loads the whole registry with the new texts, in memory, and refuses the
// edit when that load has errors the registry did not have before (so a
// registry with errors elsewhere can still be edited, and repaired). Nothing
// here writes a file: the caller writes the texts with edit/safe_write.hpp.
//
// Kinds, keys, value types and references all come from the field tables
// (model/fields.hpp): a new field is editable with no code here.
#pragma once

#include "edit/field_value.hpp"
#include "load/registry_loader.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::edit {

struct Edited {
    std::vector<load::SourceFile> files;  // every file of the registry, with its new text
    std::vector<std::size_t> changed;     // the ones whose text changed, in file order
    std::string id;                       // the entity's id (add: the one chosen; rename: the new one)
    std::string kind;                     // its kind ("centre")
    std::size_t file = 0;                 // the file it is in
    std::vector<std::string> added;       // a batch: the ids of the new entities, in order
};

// Many edits of one kind, applied together and validated once (an
// import): the changes of `set` for existing entities, then new entities
// as `add` makes them, appended to their files in order.
struct Batch {
    struct Update {
        std::string id;
        std::vector<Change> changes;
    };
    struct Addition {
        std::vector<Change> changes;
        std::string file;  // as `add` takes it; empty: chosen as `add` chooses
    };
    std::string kind;
    std::vector<Update> updates;
    std::vector<Addition> additions;
};

// What `set` names the registry's [settings] by (an entity with that id
// comes first).
inline constexpr std::string_view kSettings = "settings";

// The edit, or why not: located problems (a problem about the command line
// itself has no file). `problems` holds errors only.
struct EditOutcome {
    std::optional<Edited> edited;
    load::Diagnostics problems;
    bool invalid = false;             // refused because the registry would gain errors (the problems are those)
    std::optional<Edited> attempted;  // when invalid: the texts the problems are in
    bool ok() const { return edited.has_value(); }
};

class RegistryEditor {
public:
    // The files as load::load_registry names and reads them; loads them once.
    RegistryEditor(std::vector<load::SourceFile> files, model::Reference reference);

    const load::LoadResult& before() const { return before_; }

    // A new entity: `id=` or an id made from its name (or title), unique;
    // into `file` when given (a path as the registry names it, or relative
    // to the registry folder), else the file of its region (region=, else
    // its municipality's county), else the file with the last of its kind.
    EditOutcome add(std::string_view kind, const std::vector<Change>& changes, std::string_view file = {}) const;
    // `id` may be kSettings: the keys of [settings], which is made (in the
    // file settings_file() names) when the registry has none.
    EditOutcome set(std::string_view id, const std::vector<Change>& changes) const;
    // Refused while anything refers to the id; the problems list what does.
    EditOutcome remove(std::string_view id) const;
    // The id and every reference to it, in every file. A kind with
    // `former_ids` keeps the old id there (a meeting's reminder history).
    EditOutcome rename(std::string_view from, std::string_view to) const;

    // The whole batch or nothing; ids made from names are unique across it.
    EditOutcome apply(const Batch& batch) const;

    const std::vector<load::SourceFile>& files() const { return files_; }

private:
    EditOutcome validated(Edited edited) const;
    EditOutcome set_settings(const std::vector<Change>& changes) const;

    std::vector<load::SourceFile> files_;
    model::Reference reference_;
    load::LoadResult before_;
};

}  // namespace netadmin::edit
