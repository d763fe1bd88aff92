// Which cell holds what: the header row of a CSV file matched against the
// columns a command knows, by any of their names in Swedish or English, in
// any case, with or without å, ä, ö, spaces, hyphens or underscores
// ("E-post", "epost", "E_mail" and "email" are one column).
//
// An unknown column is an error with the nearest known name, unless the
// caller lists it as ignored; a column named twice, or a required column
// missing, is an error too. All at row 1, the header. A column with a
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

// How header names are compared: folded (lower case, no diacritics) and
// without spaces, hyphens, underscores and dots.
std::string normalise_name(std::string_view name);

}  // namespace netadmin::csv
