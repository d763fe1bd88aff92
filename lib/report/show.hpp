// `netadmin show ID`: one entity with all its fields (named by their registry
// keys, since that is what people edit) and everything that refers to it.
#pragma once

#include "i18n/language.hpp"
#include "model/registry.hpp"
#include "report/table.hpp"

#include <string>
#include <utility>
#include <vector>

namespace netadmin::report {

struct Referrer {
    model::EntityKind kind;
    std::string id;
    std::string key;  // the field of the referrer that names the entity
};

struct Record {
    model::EntityKind kind;
    std::string id;
    std::string file;                                  // file:line where it is defined
    std::vector<std::pair<std::string, Cell>> fields;  // only fields with a value
    std::vector<Referrer> referenced_by;
};

Record describe(const model::Registry& registry, model::EntityRef entity, i18n::Language language);

}  // namespace netadmin::report
