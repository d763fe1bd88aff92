// The streaming JSON writer (render/json_writer.hpp).
#include "render/json_writer.hpp"

#include "render/format.hpp"

namespace netadmin::render {

void JsonWriter::start_value(std::string_view key) {
    if (!first_.empty()) {
        out_ += first_.back() ? "\n" : ",\n";
        first_.back() = false;
        out_.append(first_.size() * 2, ' ');
    }
    if (!key.empty()) out_ += json_string(key) + ": ";
}

JsonWriter& JsonWriter::begin_object(std::string_view key) {
    start_value(key);
    out_ += '{';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) {
        out_ += '\n';
        out_.append(first_.size() * 2, ' ');
    }
    out_ += '}';
    return *this;
}

JsonWriter& JsonWriter::begin_array(std::string_view key) {
    start_value(key);
    out_ += '[';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) {
        out_ += '\n';
        out_.append(first_.size() * 2, ' ');
    }
    out_ += ']';
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view key, std::string_view value) {
    start_value(key);
    out_ += json_string(value);
    return *this;
}

JsonWriter& JsonWriter::number(std::string_view key, std::int64_t value) {
    start_value(key);
    out_ += std::to_string(value);
    return *this;
}

JsonWriter& JsonWriter::boolean(std::string_view key, bool value) {
    start_value(key);
    out_ += value ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null(std::string_view key) {
    start_value(key);
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::string_or_null(std::string_view key, std::string_view value) {
    return value.empty() ? null(key) : string(key, value);
}

JsonWriter& JsonWriter::number_or_null(std::string_view key, const std::optional<std::int64_t>& value) {
    return value ? number(key, *value) : null(key);
}

JsonWriter& JsonWriter::strings(std::string_view key, const std::vector<std::string>& values) {
    begin_array(key);
    for (const auto& value : values) item(value);
    return end_array();
}

JsonWriter& JsonWriter::item(std::string_view value) {
    start_value({});
    out_ += json_string(value);
    return *this;
}

std::string JsonWriter::finish() { return out_ + "\n"; }

}  // namespace netadmin::render
