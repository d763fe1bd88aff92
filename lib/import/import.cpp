// Planning an import (see import.hpp): each row matched to an entity (by
// id, e-mail address, or name and municipality) and turned into the
// changes of an update or an addition. The columns are in
// import_columns.cpp, the checks of a cell's value in import_values.cpp,
// the placing of the registry's problems in import_place.cpp.
#include "import/import.hpp"

#include "edit/field_value.hpp"
#include "import/import_detail.hpp"
#include "labels/field_names.hpp"
#include "labels/labels.hpp"
#include "load/table_reader.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace netadmin::imports {
namespace {

using catalog::Msg;
using catalog::Problem;
using namespace detail;

// The existing entities by what identifies a row without an id.
class Matcher {
public:
    Matcher(const model::Registry& registry, model::EntityKind kind) : kind_(kind) {
        if (kind == model::EntityKind::person) {
            for (std::size_t i = 0; i < registry.people.size(); ++i) {
                const auto& email = registry.people[i].email;
                if (!email.empty()) index_.try_emplace(util::to_lower(email), i);
                names_[name_key(registry.people[i].name)].push_back(i);
            }
        } else if (kind == model::EntityKind::centre) {
            for (std::size_t i = 0; i < registry.centres.size(); ++i) {
                const auto& centre = registry.centres[i];
                index_.try_emplace(centre_key(centre.name, centre.municipality_code), i);
            }
        }
    }

    // What identifies a row: its e-mail address or its name and
    // municipality (as an SCB code); empty when it has neither.
    std::string key(const std::string& email, const std::string& name, const std::string& municipality_code) const {
        if (kind_ == model::EntityKind::person) return email.empty() ? std::string{} : util::to_lower(email);
        if (kind_ == model::EntityKind::centre && !name.empty() && !municipality_code.empty()) {
            return centre_key(name, municipality_code);
        }
        return {};
    }

    std::optional<model::EntityRef> find(const std::string& key) const {
        if (key.empty()) return std::nullopt;
        const auto found = index_.find(key);
        if (found == index_.end()) return std::nullopt;
        return model::EntityRef{kind_, static_cast<std::uint32_t>(found->second)};
    }

    // The one person with the name (any case), for a row with neither id
    // nor e-mail address; none when no one or several have it.
    std::optional<model::EntityRef> find_by_name(const std::string& name) const {
        if (name.empty()) return std::nullopt;
        const auto found = names_.find(name_key(name));
        if (found == names_.end() || found->second.size() != 1) return std::nullopt;
        return model::EntityRef{kind_, static_cast<std::uint32_t>(found->second.front())};
    }

private:
    static std::string name_key(std::string_view name) { return util::to_lower(trimmed(name)); }

    static std::string centre_key(std::string_view name, std::string_view code) {
        return util::fold_for_match(name) + '\x1f' + std::string(code);
    }

    model::EntityKind kind_;
    std::map<std::string, std::size_t> index_;
    std::map<std::string, std::vector<std::size_t>> names_;  // people's
};

struct Cell {
    const model::FieldInfo* field = nullptr;
    std::size_t column = 0;
    std::string text;
    std::vector<std::string> data;
};

class RowPlanner {
public:
    RowPlanner(const model::Registry& registry, const std::vector<load::SourceFile>& files, model::EntityKind kind,
               const csv::Table& table, const csv::Columns& columns, const std::string& default_region, Plan& plan)
        : registry_(registry),
          files_(files),
          kind_(kind),
          table_(table),
          columns_(columns),
          default_region_(default_region),
          plan_(plan),
          matcher_(registry, kind) {
        // The ids the file gives are its rows': an id made from a name
        // stays clear of them, whichever row comes first.
        for (const auto& row : table.rows) {
            auto id = trimmed(columns.get(row, "id"));
            if (load::is_valid_id(id)) reserved_.insert(std::move(id));
        }
    }

    void plan(const csv::Row& row) {
        errors_.clear();
        std::vector<Cell> cells;
        const auto id = trimmed(columns_.get(row, "id"));
        const auto id_column = columns_.column("id");
        if (!id.empty() && !load::is_valid_id(id)) error(row, id_column, Problem(Msg::err_invalid_id, id));
        bool empty = id.empty();
        for (const auto& field : columns_of(kind_).fields) {
            const auto column = columns_.column(field.key);
            if (column == 0) continue;
            auto text = cell_text(columns_.get(row, field.key));
            if (text.empty()) continue;
            empty = false;
            // A listing writes the items of a list separated by ';'.
            if (is_list(field.type)) std::replace(text.begin(), text.end(), ';', ',');
            if (field.refers_to == model::EntityKind::person) {
                auto ids = people_by_id_name_or_email(registry_, text);
                if (!ids) {
                    error(row, column, ids.problem());
                    continue;
                }
                text = std::move(*ids);
            }
            auto data = checked(registry_, kind_, field, text);
            if (!data) {
                error(row, column, data.problem());
                continue;
            }
            cells.push_back({&field, column, std::move(text), std::move(*data)});
        }
        if (empty) return;  // a row of empty cells, as spreadsheets leave them
        if (errors_.empty()) match(row, id, id_column, cells);
        if (!errors_.empty()) {
            ++plan_.rejected;
            for (auto& each : errors_) plan_.errors.push_back(std::move(each));
        }
    }

private:
    void error(const csv::Row& row, std::size_t column, Problem problem) {
        errors_.push_back(csv::at(std::move(problem), table_.file, row.number, column == 0 ? 1 : column));
    }

    static const Cell* cell_of(const std::vector<Cell>& cells, std::string_view key) {
        for (const auto& cell : cells) {
            if (cell.field->key == key) return &cell;
        }
        return nullptr;
    }

    static std::string data_text(const std::vector<Cell>& cells, std::string_view key) {
        const auto* cell = cell_of(cells, key);
        return cell != nullptr && !cell->data.empty() ? cell->data.front() : std::string{};
    }

    void match(const csv::Row& row, const std::string& id, std::size_t id_column, const std::vector<Cell>& cells) {
        // An address is one person's, whatever else identifies the rows.
        if (const auto email = data_text(cells, "email"); kind_ == model::EntityKind::person && !email.empty()) {
            const auto [first, fresh] = emails_.try_emplace(util::to_lower(email), row.number);
            if (!fresh) {
                return error(row, columns_.column("email"),
                             Problem(Msg::err_reg_duplicate_email, email, static_cast<std::int64_t>(first->second)));
            }
        }
        std::optional<model::EntityRef> found;
        std::string key;
        std::size_t key_column = id_column;
        std::string shown = id;
        if (!id.empty()) {
            found = registry_.find(id);
            if (found && found->kind != kind_) return error(row, id_column, Problem(Msg::edit_id_taken, id));
            key = "id\x1f" + id;
        } else {
            const auto email = data_text(cells, "email");
            const auto name = data_text(cells, "name");
            key = matcher_.key(email, name, data_text(cells, "municipality"));
            found = matcher_.find(key);
            key_column = columns_.column(kind_ == model::EntityKind::person ? "email" : "name");
            shown = kind_ == model::EntityKind::person ? email : name;
            if (kind_ == model::EntityKind::person && email.empty()) {
                found = matcher_.find_by_name(name);
                key_column = columns_.column("name");
                shown = name;
            }
        }
        if (found) key = "id\x1f" + std::string(registry_.id_of(*found));
        if (!key.empty()) {
            const auto [first, fresh] = seen_.try_emplace(key, row.number);
            if (!fresh) {
                return error(row, key_column,
                             Problem(Msg::err_reg_duplicate_email, shown, static_cast<std::int64_t>(first->second)));
            }
        }
        if (found) return update(*found, cells);
        add(row, id, cells);
    }

    void update(model::EntityRef ref, const std::vector<Cell>& cells) {
        edit::Batch::Update update{std::string(registry_.id_of(ref)), {}};
        for (const auto& cell : cells) {
            if (has_value(registry_, ref, *cell.field, cell.data)) continue;
            update.changes.push_back({cell.field->key, edit::Change::Op::set, cell.text});
        }
        if (update.changes.empty()) {
            ++plan_.unchanged;
            return;
        }
        ++plan_.updated;
        plan_.batch.updates.push_back(std::move(update));
    }

    void add(const csv::Row& row, const std::string& id, const std::vector<Cell>& cells) {
        for (const auto& field : columns_of(kind_).fields) {
            if (field.required && cell_of(cells, field.key) == nullptr) {
                error(row, columns_.column(field.key),
                      Problem(Msg::import_missing_value, labels::label(kind_), labels::field_arg(field.key)));
            }
        }
        if (id.empty() && data_text(cells, "name").empty() && data_text(cells, "title").empty()) {
            error(row, columns_.column("name"),
                  Problem(Msg::import_missing_value, labels::label(kind_), labels::field_arg("name")));
        }
        if (!errors_.empty()) return;
        auto new_id = id;
        if (new_id.empty()) {
            // Made here as the editor would make it, so that a name without
            // letters or an id another row gives is this row's error.
            const bool titled = data_text(cells, "name").empty();
            const auto* named = cell_of(cells, titled ? "title" : "name");
            const auto base = named != nullptr ? edit::id_from_name(named->text, kind_) : std::string{};
            if (base.empty()) {
                return error(row, named != nullptr ? named->column : columns_.column("name"),
                             Problem(Msg::edit_no_name, labels::label(kind_)));
            }
            new_id = free_id(base);
        }
        made_.insert(new_id);
        edit::Batch::Addition addition;
        addition.changes.push_back({"id", edit::Change::Op::set, new_id});
        auto region = data_text(cells, "region");
        if (region.empty()) region = default_region_;
        for (const auto& cell : cells) {
            // The region is the file's: written as the file, not as a key.
            if (cell.field->key == "region") continue;
            addition.changes.push_back({cell.field->key, edit::Change::Op::set, cell.text});
        }
        if (const auto* found = registry_.region(region)) {
            addition.file = files_[found->where.file].path;
        } else if (!region.empty()) {
            addition.changes.push_back({"region", edit::Change::Op::set, region});
        }
        ++plan_.added;
        plan_.batch.additions.push_back(std::move(addition));
        plan_.addition_rows.push_back(row.number);
    }

    std::string free_id(const std::string& base) const {
        const auto free = [&](const std::string& id) {
            return !registry_.find(id) && reserved_.count(id) == 0 && made_.count(id) == 0;
        };
        if (free(base)) return base;
        for (int n = 2;; ++n) {
            auto candidate = base + "-" + std::to_string(n);
            if (free(candidate)) return candidate;
        }
    }

    const model::Registry& registry_;
    const std::vector<load::SourceFile>& files_;
    model::EntityKind kind_;
    const csv::Table& table_;
    const csv::Columns& columns_;
    const std::string& default_region_;
    Plan& plan_;
    Matcher matcher_;
    std::map<std::string, std::size_t> seen_;    // what identifies a row -> its row number
    std::map<std::string, std::size_t> emails_;  // a person's address (lowercase) -> its row number
    std::vector<csv::Problem> errors_;           // the row's
    std::set<std::string> reserved_;             // the ids the file gives
    std::set<std::string> made_;                 // the ids of the additions so far
};

}  // namespace

Plan plan_import(const model::Registry& registry, const std::vector<load::SourceFile>& files, model::EntityKind kind,
                 const csv::Table& table, const csv::Columns& columns, const std::string& default_region) {
    Plan plan;
    plan.batch.kind = std::string(model::entity_kind_name(kind));
    RowPlanner planner(registry, files, kind, table, columns, default_region, plan);
    for (const auto& row : table.rows) planner.plan(row);
    // Rows whose bytes are not text are rejected rows (csv::Table::problems).
    plan.rejected += table.problems.size();
    plan.errors = csv::by_row(table.problems, std::move(plan.errors));
    return plan;
}

}  // namespace netadmin::imports
