// Numbers as honest as their source: "ungefär 2500" is about 2500, "nära 800"
// nearly 800, "ett 30-tal" about 30. The data form is a plain integer for an
// exact count, or a string "about 30", "nearly 800", "over 100" ("~30" is
// accepted for "about").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace netadmin::model {

enum class Approx { exact, about, nearly, over };

struct Count {
    std::int64_t value = 0;
    Approx approx = Approx::exact;
    friend bool operator==(const Count&, const Count&) = default;
};

// Parses the string form; nullopt when it is not one of the accepted forms
// or the number is negative or larger than 10^12.
std::optional<Count> parse_count(std::string_view text);
std::string to_data_string(const Count& count);

}  // namespace netadmin::model
