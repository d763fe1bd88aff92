// Planning an import (see import.hpp).
#include "import/import.hpp"

#include "edit/field_value.hpp"
#include "load/table_reader.hpp"
#include "model/field_access.hpp"
#include "model/vocabulary.hpp"
#include "util/email.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace netadmin::imports {
namespace {

using catalog::Msg;
using catalog::Problem;
using model::ValueType;

struct Alias {
    std::string_view key;
    std::vector<std::string_view> names;
};

// The names people give the fields' columns, beside their keys. Compared
// as csv::normalise_name compares them: case, accents, spaces and hyphens
// do not count ("E-post" is "epost").
const std::vector<Alias>& aliases() {
    static const std::vector<Alias> table{
        {"name", {"namn"}},
        {"municipality", {"kommun"}},
        {"email", {"e-post", "e-mail", "e-postadress", "mail"}},
        {"phone", {"telefon", "tel", "telefonnummer"}},
        {"role", {"roll"}},
        {"organisation", {"organization"}},
        {"operations", {"verksamheter"}},
        {"kind", {"typ"}},
        {"region", {"län"}},
        {"opened", {"öppnad", "öppnade"}},
        {"address", {"adress", "besöksadress"}},
        {"url", {"webb", "webbadress", "hemsida"}},
        {"note", {"anteckning", "kommentar"}},
        {"contacts", {"kontakter"}},
    };
    return table;
}

bool importable(const model::FieldInfo& field) {
    return field.type != ValueType::table && field.type != ValueType::table_list &&
           field.key.find('.') == std::string::npos;
}

bool is_list(ValueType type) {
    return type == ValueType::id_list || type == ValueType::text_list || type == ValueType::word_set ||
           type == ValueType::day_list;
}

struct KindColumns {
    std::vector<model::FieldInfo> fields;
    std::vector<csv::ColumnSpec> specs;  // views of the keys above
};

// Made once per kind and kept, so the specs' views stay valid.
const KindColumns& columns_of(model::EntityKind kind) {
    static std::map<model::EntityKind, KindColumns> made;
    const auto [entry, fresh] = made.try_emplace(kind);
    auto& out = entry->second;
    if (!fresh) return out;
    for (auto& field : model::field_infos(kind)) {
        if (importable(field)) out.fields.push_back(std::move(field));
    }
    out.specs.push_back({"id", {"id"}, false});
    for (const auto& field : out.fields) {
        csv::ColumnSpec spec{field.key, {field.key}, false};
        for (const auto& alias : aliases()) {
            if (alias.key == field.key) spec.names.insert(spec.names.end(), alias.names.begin(), alias.names.end());
        }
        out.specs.push_back(std::move(spec));
    }
    return out;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> data_of(const edit::Value& value) {
    return std::visit(
        [](const auto& data) -> std::vector<std::string> {
            using T = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<T, std::string>) {
                return {data};
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return {std::to_string(data)};
            } else if constexpr (std::is_same_v<T, bool>) {
                return {data ? "true" : "false"};
            } else if constexpr (std::is_same_v<T, time::FuzzyDate> || std::is_same_v<T, time::TimeOfDay>) {
                return {time::to_data_string(data)};
            } else if constexpr (std::is_same_v<T, edit::List>) {
                std::vector<std::string> out;
                for (const auto& item : data) {
                    for (auto& each : data_of(item)) out.push_back(std::move(each));
                }
                return out;
            } else {
                return {};
            }
        },
        value.data);
}

// The cell's value in data form, checked as the loader checks it (same
// messages, same did-you-mean), or the problem.
catalog::Result<std::vector<std::string>> checked(const model::Registry& registry, model::EntityKind kind,
                                                  const model::FieldInfo& field, const std::string& text) {
    if (field.type == ValueType::municipality) {
        if (const auto* found = registry.reference.find_municipality(text)) return std::vector{found->code};
        auto problem = Problem(Msg::err_unknown_municipality, text);
        const auto names = registry.reference.municipality_names();
        if (auto nearest = util::closest_match(text, std::span<const std::string>(names))) {
            problem = std::move(problem).with_suggestions({std::move(*nearest)});
        }
        return problem;
    }
    if (field.type == ValueType::email && !util::is_valid_email(text)) return Problem(Msg::err_invalid_email, text);
    auto value = edit::typed_value(registry, kind, field, text);
    if (!value) return value.problem();
    return data_of(*value);
}

std::vector<std::string> sorted(std::vector<std::string> items) {
    std::sort(items.begin(), items.end());
    return items;
}

// Whether the registry has the value already. A set of words is a set;
// a centre's operations may be unlisted and follow from its kind, which
// is what a listing shows (report/listings.cpp).
bool has_value(const model::Registry& registry, model::EntityRef ref, const model::FieldInfo& field,
               std::vector<std::string> wanted) {
    // A cell is trimmed, so values are compared trimmed: spaces at the ends
    // of either are no change (nor is a tab a listing guarded).
    auto have = model::field_data(registry, ref, field.key);
    for (auto& item : have) item = trimmed(item);
    for (auto& item : wanted) item = trimmed(item);
    // An address is the same address in any case.
    if (field.type == ValueType::email)
        return have.size() == 1 && wanted.size() == 1 && util::to_lower(have[0]) == util::to_lower(wanted[0]);
    if (field.type != ValueType::word_set) return have == wanted;
    if (sorted(have) == sorted(wanted)) return true;
    if (ref.kind != model::EntityKind::centre || !have.empty()) return false;
    std::vector<std::string> implied;
    for (const auto op : model::operation_list(model::implied_operations(registry.centres[ref.index]))) {
        implied.emplace_back(model::data_name(op));
    }
    return sorted(implied) == sorted(wanted);
}

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
        const auto kind_name = std::string(model::entity_kind_name(kind_));
        for (const auto& field : columns_of(kind_).fields) {
            if (field.required && cell_of(cells, field.key) == nullptr) {
                error(row, columns_.column(field.key), Problem(Msg::import_missing_value, kind_name, field.key));
            }
        }
        if (id.empty() && data_text(cells, "name").empty() && data_text(cells, "title").empty()) {
            error(row, columns_.column("name"), Problem(Msg::import_missing_value, kind_name, std::string("name")));
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
                             Problem(Msg::edit_no_name, kind_name));
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

// The lines of the new entities in a file: [first, last] (from 1) of the
// keys below each `[[kind]]` header whose id is one of `added`.
struct Block {
    std::size_t addition = 0;
    std::uint32_t first = 0;
    std::uint32_t last = 0;
};

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto end = text.find('\n');
        auto line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return out;
}

std::vector<Block> new_blocks(std::string_view text, const std::string& kind, const std::vector<std::string>& added) {
    std::vector<Block> out;
    const auto lines = lines_of(text);
    const auto header = "[[" + kind + "]]";
    std::unordered_map<std::string, std::size_t> by_id_line;  // "id = \"…\"" -> its addition
    for (std::size_t k = 0; k < added.size(); ++k) by_id_line.try_emplace("id = \"" + added[k] + "\"", k);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i] != header) continue;
        const auto found = by_id_line.find(std::string(lines[i + 1]));
        if (found == by_id_line.end()) continue;
        auto last = i + 1;
        while (last + 1 < lines.size() && !lines[last + 1].empty() && lines[last + 1].front() != '[') ++last;
        out.push_back({found->second, static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(last + 1)});
    }
    return out;
}

}  // namespace

load::Diagnostics place_problems(Plan& plan, const csv::Table& table, const csv::Columns& columns,
                                 const edit::Edited& attempted, const load::Diagnostics& problems) {
    load::Diagnostics rest;
    std::map<std::size_t, std::vector<csv::Problem>> placed;  // addition -> its errors
    std::map<std::string, std::vector<Block>> blocks;         // file path -> its new entities
    std::map<std::string, std::vector<std::string_view>> file_lines;
    for (const auto index : attempted.changed) {
        const auto& file = attempted.files[index];
        blocks[file.path] = new_blocks(file.content, plan.batch.kind, attempted.added);
        file_lines[file.path] = lines_of(file.content);
    }
    for (const auto& problem : problems.items()) {
        const auto& where = problem.location();
        const Block* block = nullptr;
        if (const auto found = blocks.find(where.file); found != blocks.end()) {
            // The blocks are in line order: the last that starts at or before the line.
            const auto& of_file = found->second;
            const auto after =
                std::upper_bound(of_file.begin(), of_file.end(), where.line,
                                 [](std::uint32_t line, const Block& each) { return line < each.first; });
            if (after != of_file.begin() && where.line <= std::prev(after)->last) block = &*std::prev(after);
        }
        if (block == nullptr || block->addition >= plan.addition_rows.size()) {
            rest.push(problem);
            continue;
        }
        // The key of the line the problem is on names the column.
        std::size_t column = 0;
        if (const auto found = file_lines.find(where.file); found != file_lines.end()) {
            const auto& of_file = found->second;
            if (where.line >= 1 && where.line <= of_file.size()) {
                const auto line = of_file[where.line - 1];
                const auto key = trimmed(line.substr(0, line.find('=')));
                column = columns.column(key);
            }
        }
        placed[block->addition].push_back(csv::at(Problem::runtime(problem.msg(), problem.args()), table.file,
                                                  plan.addition_rows[block->addition], column == 0 ? 1 : column));
    }
    if (placed.empty()) return rest;
    // Drop the rows placed, newest first so the indices hold.
    for (auto entry = placed.rbegin(); entry != placed.rend(); ++entry) {
        for (auto& error : entry->second) plan.errors.push_back(std::move(error));
        plan.batch.additions.erase(plan.batch.additions.begin() + static_cast<std::ptrdiff_t>(entry->first));
        plan.addition_rows.erase(plan.addition_rows.begin() + static_cast<std::ptrdiff_t>(entry->first));
        --plan.added;
        ++plan.rejected;
    }
    // By row; the row is taken out first, so the sort reads plain numbers
    // (and a problem without a place sorts first instead of failing).
    std::vector<std::pair<std::size_t, csv::Problem>> by_row;
    by_row.reserve(plan.errors.size());
    for (auto& error : plan.errors) {
        const std::size_t row = error.where() ? error.where()->line : 0;
        by_row.emplace_back(row, std::move(error));
    }
    std::stable_sort(by_row.begin(), by_row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    plan.errors.clear();
    for (auto& entry : by_row) plan.errors.push_back(std::move(entry.second));
    return rest;
}

std::span<const csv::ColumnSpec> kind_columns(model::EntityKind kind) { return columns_of(kind).specs; }

std::string cell_text(std::string_view cell) {
    auto text = trimmed(cell);
    if (text.size() > 1 && text.front() == '\'' &&
        std::string_view("=+-@\t\r'").find(text[1]) != std::string_view::npos) {
        text.erase(0, 1);
    }
    return text;
}

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
