// The reference CSV files: plain comma-separated values with a header row
// (lanskod,lan,region_name and kommunkod,kommun,lanskod), UTF-8; and the map
// outlines in the same form (level,code,points; see data/geo/make_outlines.py).
#include "load/registry_loader.hpp"

#include "util/os_error.hpp"

#include <cerrno>
#include <charconv>
#include <fstream>
#include <sstream>

namespace netadmin::load {
namespace {

std::vector<std::string> split_csv_line(std::string_view line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

template <typename OnRow>
void for_each_row(std::string_view csv, OnRow on_row) {
    bool header = true;
    std::size_t start = 0;
    std::uint32_t line_number = 0;
    while (start < csv.size()) {
        ++line_number;
        auto end = csv.find('\n', start);
        if (end == std::string_view::npos) end = csv.size();
        const auto line = csv.substr(start, end - start);
        start = end + 1;
        if (header) {
            header = false;
            continue;
        }
        if (line.empty() || line == "\r") continue;
        on_row(split_csv_line(line), line_number);
    }
}

bool read_whole_file(const std::filesystem::path& path, std::string& content) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    content = buffer.str();
    return true;
}

// "x y x y ...": whole numbers in pairs, at least three corners.
bool parse_ring(std::string_view text, model::Ring& ring) {
    const char* at = text.data();
    const char* const end = text.data() + text.size();
    std::vector<int> numbers;
    while (at < end) {
        while (at < end && *at == ' ') ++at;
        if (at == end) break;
        int value = 0;
        const auto [next, error] = std::from_chars(at, end, value);
        if (error != std::errc() || (next < end && *next != ' ')) return false;
        numbers.push_back(value);
        at = next;
    }
    if (numbers.size() % 2 != 0 || numbers.size() < 6) return false;
    for (std::size_t i = 0; i < numbers.size(); i += 2) ring.push_back({numbers[i], numbers[i + 1]});
    return true;
}

}  // namespace

model::Outlines parse_outlines(std::string_view csv, const std::string& file, Diagnostics& diagnostics) {
    model::Outlines outlines;
    for_each_row(csv, [&](const std::vector<std::string>& row, std::uint32_t line) {
        model::Ring ring;
        const bool county = !row.empty() && row[0] == "county";
        const bool level_ok = county || (!row.empty() && row[0] == "municipality");
        if (row.size() != 3 || !level_ok || row[1].empty() || !parse_ring(row[2], ring)) {
            diagnostics.error(Location{file, line, 1}, i18n::Msg::err_bad_outline_row);
            return;
        }
        outlines.add_ring(county, row[1], std::move(ring));
    });
    return outlines;
}

model::Outlines load_outlines(const std::filesystem::path& dir, Diagnostics& diagnostics) {
    const auto path = dir / "outlines.csv";
    std::string content;
    if (!read_whole_file(path, content)) {
        diagnostics.error(Location{path.string()}, i18n::Msg::err_cannot_read, path.string(), util::os_error(ENOENT));
        return {};
    }
    return parse_outlines(content, path.string(), diagnostics);
}

model::Reference parse_reference(std::string_view counties_csv, std::string_view municipalities_csv) {
    model::Reference reference;
    for_each_row(counties_csv, [&](const std::vector<std::string>& row, std::uint32_t) {
        if (row.size() >= 3) reference.add_county({row[0], row[1], row[2]});
    });
    for_each_row(municipalities_csv, [&](const std::vector<std::string>& row, std::uint32_t) {
        if (row.size() >= 3) reference.add_municipality({row[0], row[1], row[2]});
    });
    return reference;
}

model::Reference load_reference(const std::filesystem::path& dir, Diagnostics& diagnostics) {
    std::string counties;
    std::string municipalities;
    for (auto [name, content] :
         {std::pair{"counties.csv", &counties}, std::pair{"municipalities.csv", &municipalities}}) {
        const auto path = dir / name;
        if (!read_whole_file(path, *content)) {
            diagnostics.error(Location{path.string()}, i18n::Msg::err_cannot_read, path.string(),
                              util::os_error(ENOENT));
        }
    }
    return parse_reference(counties, municipalities);
}

}  // namespace netadmin::load
