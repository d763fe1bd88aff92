// Which cell holds what: the header row of a CSV file matched against the
// columns a command knows, by any of their names in Swedish or English, in
// any case, with or without å, ä, ö, spaces, hyphens or underscores
// ("E-post", "epost", "E_mail" and "email" are one column).
//
// An unknown column is an error with the nearest known name, unless the
// caller lists it as ignored, or keeps unknown columns (a registration
// system's export always has columns a command has no use for): then all of
// them are named in one warning, with the nearest known names, and their
// cells are never read. A column named twice, or a required column
// missing, is an error too. All at row 1, the header. A caller may map a
// header to a column for one run (`--columns 'Mejl=email'`). A column with a
// blank header and only blank cells (a separator at the end of every line)
// is skipped.
#pragma once

#include "csv/csv_reader.hpp"

#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::csv {

struct ColumnSpec {
    std::string_view key;                 // the command's name for it, e.g. "email"
    std::vector<std::string_view> names;  // every name it goes by, the key included
    bool required = false;
};

// The names of a column of e-mail addresses, its key first: one list for
// every file that has one (an import of people, registrations, attendance).
inline constexpr std::array<std::string_view, 7> kEmailNames{"email",        "e-post",        "e-mail", "epost",
                                                             "e-postadress", "email address", "mail"};

class Columns {
public:
    // The cell of `key` in `row`; empty when the file has no such column.
    std::string_view get(const Row& row, std::string_view key) const;
    // The column number (from 1) of `key`, 0 when the file has none.
    std::size_t column(std::string_view key) const;
    bool has(std::string_view key) const { return column(key) != 0; }

private:
    friend struct ColumnsBuilder;
    std::vector<std::pair<std::string_view, std::size_t>> index_;  // key -> cell index
};

// Matches the table's header against `specs`. `ignored` lists header names
// to skip (compared like the names).
Result<Columns> map_columns(const Table& table, std::span<const ColumnSpec> specs,
                            std::span<const std::string> ignored = {});

// A header the file has, taken as a column's key for one run.
struct ColumnRename {
    std::string header;  // as the user wrote it (compared like the names)
    std::string key;     // a spec's key
};

struct ColumnChoices {
    std::span<const std::string> ignored;  // headers to skip
    std::span<const ColumnRename> renamed;
    bool keep_unknown = false;  // unknown headers: one warning, not an error
};

struct MappedColumns {
    Columns columns;
    std::vector<Problem> warnings;  // the unknown columns, when kept
};

// The same with choices; a renamed header the file does not have is an
// error at row 1.
Result<MappedColumns> map_columns(const Table& table, std::span<const ColumnSpec> specs, const ColumnChoices& choices);

// `--columns 'Mejl=email,Arbetsställe=workplace'` into renames: pairs
// HEADER=COLUMN separated by commas, COLUMN any name of a spec (its key, or
// a Swedish or English name). A pair without `=`, an empty side or a
// column no spec has is a problem without a place (a command-line error).
Result<std::vector<ColumnRename>> parse_renames(std::string_view text, std::span<const ColumnSpec> specs);

// How header names are compared: folded (lower case, no diacritics) and
// without spaces, hyphens, underscores and dots.
std::string normalise_name(std::string_view name);

}  // namespace netadmin::csv
