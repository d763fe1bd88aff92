// Values as the edit engine writes them into a registry file: TOML text
// that reads back as the value it was made from. Strings are escaped for a
// basic string ("…": quotes, backslashes and control characters escaped,
// every other character kept as UTF-8) or, where the text allows it and the
// value it replaces was one, a literal string ('…'). Dates are written as
// the registry writes them (docs/registry.md): a day as a TOML date, a year
// as an integer, a month or a term as a string ("2019-05", "2019-autumn");
// a time of day as a TOML local time (08:30:00).
#pragma once

#include "time/fuzzy_date.hpp"
#include "time/time_of_day.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace netadmin::edit {

struct Value;
using List = std::vector<Value>;
// Written as an inline table, in this order.
using InlineTable = std::vector<std::pair<std::string, Value>>;

struct Value {
    std::variant<std::string, std::int64_t, bool, time::FuzzyDate, time::TimeOfDay, List, InlineTable> data;

    Value(std::string text) : data(std::move(text)) {}    // NOLINT(google-explicit-constructor)
    Value(const char* text) : data(std::string(text)) {}  // NOLINT(google-explicit-constructor)
    Value(std::int64_t number) : data(number) {}          // NOLINT(google-explicit-constructor)
    Value(int number) : data(std::int64_t{number}) {}     // NOLINT(google-explicit-constructor)
    Value(bool flag) : data(flag) {}                      // NOLINT(google-explicit-constructor)
    Value(time::FuzzyDate date) : data(date) {}           // NOLINT(google-explicit-constructor)
    Value(time::TimeOfDay time) : data(time) {}           // NOLINT(google-explicit-constructor)
    Value(List items) : data(std::move(items)) {}         // NOLINT(google-explicit-constructor)
    Value(InlineTable table) : data(std::move(table)) {}  // NOLINT(google-explicit-constructor)
};

enum class Quoting { basic, literal };

// "…" with the escapes TOML requires; never spans lines.
std::string basic_string(std::string_view text);
// '…' when `text` can be one (no ' and no control character but tab),
// else the basic string.
std::string literal_string_if_possible(std::string_view text);

// A key as TOML writes it: bare when it is one (A-Z a-z 0-9 _ -), else quoted.
std::string key_text(std::string_view key);

// The value as TOML text on one line. Strings take `quoting` where possible.
std::string value_text(const Value& value, Quoting quoting = Quoting::basic);

}  // namespace netadmin::edit
