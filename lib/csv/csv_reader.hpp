// A CSV reader for the spreadsheets people actually have: `;` or `,` as the
// separator (whichever the header row uses more, outside quotes), UTF-8 with
// or without a byte-order mark or Windows-1252 (decode.hpp), CRLF or LF line
// ends, RFC 4180 quoting with doubled quotes and line breaks inside quotes.
//
// Places are spreadsheet places: ROW is the record's number (the header is
// row 1; a blank line counts as a row though it gives none; a line break
// inside quotes does not start a new row) and COL the
// cell's, both from 1, so FILE:ROW:COL points where Excel shows the cell.
//
// Refused, with the place: a file over kMaxBytes, an empty file, a header
// without rows, a header cell that is not text (decode.hpp), a row with more
// or fewer cells than the header, a quote that is never closed, text after
// a closing quote. A row with a cell that is not text is no row but one of
// the table's `problems`, placed at the cell. Lines
// with nothing on them are skipped (spreadsheets leave them at the end).
// Cells are kept as they are: a cell that starts with `=` is text, never a
// formula, and nothing is trimmed.
#pragma once

#include "csv/decode.hpp"
#include "i18n/catalog.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::csv {

inline constexpr std::size_t kMaxBytes = std::size_t{64} * 1024 * 1024;

// Problems are the project's one kind (catalog::Problem), placed at
// FILE:ROW:COL (line = the spreadsheet's row, 0 for the whole file).
using catalog::Problem;
using catalog::Result;

// The problem about `file`, at `row` and `column` (0, 0: the whole file).
Problem at(Problem problem, const std::string& file, std::size_t row, std::size_t column);

// "FILE:ROW:COL: error: MESSAGE; did you mean '…'?" ("error" stays English,
// as in `check`; a warning, whose row is still taken, is in the user's
// language).
std::string render(const Problem& problem, i18n::Language language);

struct Row {
    std::size_t number = 0;  // the spreadsheet's row number
    std::vector<std::string> cells;
};

struct Table {
    std::string file;  // as the user named it, for places in messages
    Encoding encoding = Encoding::utf8;
    char separator = ',';
    std::vector<std::string> header;
    std::vector<Row> rows;
    // The rows whose bytes are not text in the file's encoding (a stray
    // byte in a UTF-8 file, a NUL byte), each at its first such cell: not
    // in `rows`, and errors of their rows for whoever reads the table.
    std::vector<Problem> problems;
};

// The table's `problems` and the errors found in its rows, in row order
// (stable: a row's errors keep their order).
std::vector<Problem> by_row(std::vector<Problem> read, std::vector<Problem> found);

// Parses the file's bytes; `file` names it in problems.
Result<Table> parse(std::string_view bytes, const std::string& file);

// Reads and parses a file, refusing one over kMaxBytes before reading it.
// `file` names it in problems (the path as the user typed it).
Result<Table> read_file(const std::filesystem::path& path, const std::string& file);

// "';'-separated, UTF-8 with byte-order mark", for saying how a file was read.
std::string describe(const Table& table, i18n::Language language);

}  // namespace netadmin::csv
