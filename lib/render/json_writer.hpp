// A small streaming JSON writer for the nested report documents: objects and
// arrays with two-space indentation, keys in the order written, strings
// escaped by render::json_string. The caller keeps begin/end balanced.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace netadmin::render {

class JsonWriter {
public:
    JsonWriter& begin_object(std::string_view key = {});
    JsonWriter& end_object();
    JsonWriter& begin_array(std::string_view key = {});
    JsonWriter& end_array();

    JsonWriter& string(std::string_view key, std::string_view value);
    JsonWriter& number(std::string_view key, std::int64_t value);
    JsonWriter& boolean(std::string_view key, bool value);
    JsonWriter& null(std::string_view key);
    // null when empty / unset, as the JSON shape documents.
    JsonWriter& string_or_null(std::string_view key, std::string_view value);
    JsonWriter& number_or_null(std::string_view key, const std::optional<std::int64_t>& value);
    JsonWriter& strings(std::string_view key, const std::vector<std::string>& values);
    // A value inside an array.
    JsonWriter& item(std::string_view value);

    // The document, with one trailing newline.
    std::string finish();

private:
    void start_value(std::string_view key);
    std::string out_;
    std::vector<bool> first_;  // per open container: nothing written in it yet
};

}  // namespace netadmin::render
