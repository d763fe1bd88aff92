// A listing as data: columns with a stable English key (CSV header, JSON
// key) and a translated header, rows of cells that carry both the text for
// people and the value for machines. Renderers (render/) turn it into text;
// nothing here formats for a particular output.
#pragma once

#include "i18n/catalog.hpp"

#include <string>
#include <vector>

namespace netadmin::report {

struct Cell {
    std::string text;                // for people: translated, "13 september 2023"
    std::string data;                // for machines: ISO 8601, data names
    std::vector<std::string> items;  // list values (JSON array), when is_list
    bool is_number = false;          // JSON number
    bool is_null = false;            // JSON null, empty elsewhere
    bool is_list = false;
    // The value is an inference (query/inference.hpp): `text` says
    // "probably …"; machines get `data` as it is and the evidence beside it.
    bool inferred = false;
    std::string evidence;

    static Cell plain(std::string value);                  // same for people and machines
    static Cell pair(std::string text, std::string data);  // differs
    static Cell number(long long value);
    static Cell null();
    static Cell list(std::vector<std::string> data_items, std::string text);
};

struct Column {
    std::string key;
    i18n::Msg header;
    bool machine_only = false;  // CSV and JSON only; people see it in another column
};

struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    // A listing of entities, whose cells may be inferences: CSV ends each
    // row with an `inferred` column naming the columns that are.
    bool marks_inferences = false;
};

}  // namespace netadmin::report
