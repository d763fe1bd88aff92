// Spreadsheets into the registry (`netadmin import centres|people FILE.csv`):
// each row of a CSV table (csv/csv_reader.hpp) becomes an edit of the
// registry, planned here and applied by edit::RegistryEditor::apply as one
// batch that is validated once.
//
// The columns are the fields of the kind's table (model/entities.hpp), by
// their key or a Swedish or English name (kind_columns), plus `id`: a new
// field is importable with no code here.
//
// A row is matched to an entity by its id when it has one, else a person
// by e-mail address (without case) and a centre by name and municipality.
// A matched row changes only the fields whose values differ from the
// registry's; an empty cell changes nothing; an unmatched row is a new
// entity, its id made from its name as `add` makes it, in the file of its
// region (its region cell, else `default_region`, else as `add` chooses).
// Nothing is removed.
//
// Every cell is checked against the loaded registry before anything is
// edited, as the loader checks it (unknown municipality, e-mail address,
// ids, words, dates), so a problem is placed at FILE:ROW:COL of the cell.
// A cell is text as written: "=SUM(A1)" is stored as that text. The one
// exception is the apostrophe that `--format csv` puts before a value a
// spreadsheet would take for a formula ("'+46 70…"): it is taken off, so
// what a listing writes reads back unchanged (render/csv.cpp).
#pragma once

#include "csv/columns.hpp"
#include "csv/csv_reader.hpp"
#include "edit/registry_edit.hpp"
#include "model/registry.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace netadmin::imports {

// The columns of a kind's file: `id` and every field that takes a value
// or a list (nested tables are not columns).
std::span<const csv::ColumnSpec> kind_columns(model::EntityKind kind);

struct Plan {
    edit::Batch batch;  // the good rows' edits
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;
    std::size_t rejected = 0;                // rows with at least one error
    std::vector<csv::Problem> errors;        // every error of those rows, in row order
    std::vector<std::size_t> addition_rows;  // the row of each of batch.additions
};

// `default_region`: the region id of new entities whose row names none
// (checked by the caller); `files` as the editor holds them.
Plan plan_import(const model::Registry& registry, const std::vector<load::SourceFile>& files, model::EntityKind kind,
                 const csv::Table& table, const csv::Columns& columns, const std::string& default_region);

// What the registry's own checks find only once the rows are applied (a
// municipality outside the centre's region, operations that make neither
// kind of centre): the problems of a refused batch that lie in the lines of
// a new entity become errors of its row, at the column of the line's key.
// `rejected` and `errors` grow by them, the batch loses those rows, and
// `rest` keeps the problems that are not about a new entity.
load::Diagnostics place_problems(Plan& plan, const csv::Table& table, const csv::Columns& columns,
                                 const edit::Edited& attempted, const load::Diagnostics& problems);

// The cell as it is stored: spaces around it and the apostrophe a listing
// puts before a formula-like value taken off.
std::string cell_text(std::string_view cell);

}  // namespace netadmin::imports
