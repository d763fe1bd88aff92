#include "report/table.hpp"

namespace netadmin::report {

Cell Cell::plain(std::string value) {
    Cell cell;
    cell.text = value;
    cell.data = std::move(value);
    cell.is_null = cell.data.empty();
    return cell;
}

Cell Cell::pair(std::string text, std::string data) {
    Cell cell;
    cell.is_null = data.empty();
    cell.text = std::move(text);
    cell.data = std::move(data);
    return cell;
}

Cell Cell::number(long long value) {
    Cell cell;
    cell.text = std::to_string(value);
    cell.data = cell.text;
    cell.is_number = true;
    return cell;
}

Cell Cell::null() {
    Cell cell;
    cell.is_null = true;
    return cell;
}

Cell Cell::list(std::vector<std::string> data_items, std::string text) {
    Cell cell;
    cell.is_list = true;
    cell.text = std::move(text);
    for (const auto& item : data_items) {
        if (!cell.data.empty()) cell.data += ';';
        cell.data += item;
    }
    cell.items = std::move(data_items);
    return cell;
}

}  // namespace netadmin::report
