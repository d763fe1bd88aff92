// A new entity of registry_edit.hpp: its id (given, or made from its name
// and unique), the file it goes in and its keys in field-table order.
#include "edit/registry_edit_impl.hpp"

#include "labels/field_names.hpp"
#include "labels/labels.hpp"
#include "load/table_reader.hpp"

#include <algorithm>
#include <optional>

namespace netadmin::edit::registry_edit_detail {

using catalog::Msg;
using catalog::Problem;

namespace {

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

}  // namespace

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
        if (is_blank(change.value)) {
            // Empty: an optional field is left out, as if not given.
            if (field->required) return Problem(Msg::edit_required_empty, labels::field_arg(field->key));
            continue;
        }
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
        if (base.empty()) return Problem(Msg::edit_no_name, labels::label(kind));
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
    if (!where) return Problem(Msg::edit_which_file, labels::label(kind));
    out.file = *where;

    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out.fields.emplace_back("id", Value(out.id));
    for (auto& entry : ordered) put(out.fields, entry.second.first, 0, std::move(entry.second.second));
    return out;
}

}  // namespace netadmin::edit::registry_edit_detail
