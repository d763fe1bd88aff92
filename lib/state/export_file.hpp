// A new SQLite file written whole: the registry's export (`export sqlite`,
// render/sqlite_export.hpp) writes through here, so SQLite and its
// exceptions stay inside lib/state like the state database's. The file is
// built beside the target under a temporary name, in one transaction,
// synced, and renamed into place: a failed export leaves nothing behind.
#pragma once

#include "catalog/problem.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace netadmin::state {

// One value of a row: SQL NULL, an integer or text.
using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;
using SqlRow = std::vector<SqlValue>;

// Where the rows go: each into the named table, one value per column.
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual void insert(const std::string& table, const SqlRow& row) = 0;

protected:
    RowSink() = default;
    RowSink(const RowSink&) = default;
    RowSink& operator=(const RowSink&) = default;
};

// Creates the file at `target` from `schema` (CREATE statements) and the
// rows `fill` inserts; a problem naming the target when it cannot.
catalog::Status write_sqlite_file(const std::filesystem::path& target, const std::vector<std::string>& schema,
                                  const std::function<void(RowSink&)>& fill);

}  // namespace netadmin::state
