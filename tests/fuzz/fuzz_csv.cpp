// Fuzz target: the CSV reader. Whatever the bytes, it returns either a
// table or a located problem, never both; every row has the header's number
// of cells, in UTF-8; row numbers grow; a row whose bytes are not text is a
// problem placed at its row; the problem renders in both
// languages; and mapping the header to a command's columns cannot fail
// other than with a problem.
#include "csv/columns.hpp"
#include "csv/csv_reader.hpp"
#include "util/utf8.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

const std::array<netadmin::csv::ColumnSpec, 3> kSpecs{{
    {"name", {"name", "namn"}, true},
    {"email", {"email", "e-post"}, true},
    {"workplace", {"workplace", "arbetsplats"}, false},
}};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace netadmin;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto result = csv::parse(bytes, "fuzz.csv");
    if (!result) {
        if (!result.problem().where() || result.problem().where()->file != "fuzz.csv") std::abort();
        if (csv::render(result.problem(), i18n::Language::sv).empty()) std::abort();
        if (csv::render(result.problem(), i18n::Language::en).rfind("fuzz.csv", 0) != 0) std::abort();
        return 0;
    }
    const auto& table = *result;
    if (table.separator != ';' && table.separator != ',') std::abort();
    // A table has rows, or rows whose bytes are not text, each placed in the file.
    if (table.rows.empty() && table.problems.empty()) std::abort();
    for (const auto& problem : table.problems) {
        if (!problem.where() || problem.where()->line < 2) std::abort();
        if (csv::render(problem, i18n::Language::en).rfind("fuzz.csv:", 0) != 0) std::abort();
    }
    std::size_t last = 1;
    for (const auto& row : table.rows) {
        if (row.cells.size() != table.header.size() || row.number <= last) std::abort();
        last = row.number;
        for (const auto& cell : row.cells) {
            if (!util::is_valid_utf8(cell)) std::abort();
        }
    }
    const auto columns = csv::map_columns(table, kSpecs);
    if (!columns) {
        if (csv::render(columns.problem(), i18n::Language::en).empty()) std::abort();
        return 0;
    }
    for (const auto& row : table.rows) (void)columns->get(row, "email");
    return 0;
}
