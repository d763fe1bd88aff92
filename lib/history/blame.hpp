// Who last changed each field of an entity, and when: `netadmin blame ID`.
// git blames the entity's file line by line (--line-porcelain); the entity's
// lines run from where the loader found it to the next table that is not
// one of its own nested tables; a field is the line that holds its key
// (`key = …`, the first line of a value that spans several), nested keys
// under their table's name (`registration.deadline`). The file as it is in
// the work tree: lines not committed yet say so.
#pragma once

#include "catalog/problem.hpp"
#include "model/registry.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::history {

struct LineOrigin {
    std::string commit;  // full hash; all zeros for a line not committed yet
    std::string author;
    std::string date;  // ISO 8601, in the author's time zone
    bool committed() const;
};

struct BlamedLine {
    std::uint32_t line = 0;  // 1-based, in the file as it is
    std::string text;
    LineOrigin origin;
};

// `git blame --line-porcelain` output, line by line.
std::vector<BlamedLine> parse_line_porcelain(std::string_view text);

struct FieldOrigin {
    std::string key;  // as in the file; nested keys as "table.key"
    std::uint32_t line = 0;
    LineOrigin origin;
};

// The fields of the entity of kind `kind` whose table starts at line
// `first` of the blamed file, in file order.
std::vector<FieldOrigin> field_origins(const std::vector<BlamedLine>& lines, std::uint32_t first,
                                       std::string_view kind);

// Blames the entity's file in its git repository. A file outside a
// repository (or git missing) is a problem placed at the entity.
catalog::Result<std::vector<FieldOrigin>> blame_entity(const model::Registry& registry, model::EntityRef entity);

}  // namespace netadmin::history
