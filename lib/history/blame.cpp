// Reading git blame's porcelain and mapping lines to fields (history/blame.hpp).
#include "history/blame.hpp"

#include "history/git.hpp"
#include "time/civil_date.hpp"

#include <charconv>
#include <filesystem>

namespace netadmin::history {

namespace fs = std::filesystem;

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

std::int64_t number(std::string_view text) {
    std::int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// "1234567890" and "+0100": the author's own calendar date.
std::string local_date(std::string_view seconds, std::string_view zone) {
    std::int64_t offset = 0;
    if (zone.size() == 5) {
        offset = number(zone.substr(1, 2)) * 3600 + number(zone.substr(3, 2)) * 60;
        if (zone.front() == '-') offset = -offset;
    }
    const auto local = number(seconds) + offset;
    const auto days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return time::to_iso(time::civil_from_days(days));
}

bool is_hash(std::string_view word) {
    return word.size() == 40 && word.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// The name of a table header line ("[[centre]]" -> "centre"); empty when
// the line is no header.
std::string_view header_name(std::string_view line) {
    line = trim(line);
    if (!line.starts_with('[')) return {};
    const auto comment = line.find('#');
    if (comment != std::string_view::npos) line = trim(line.substr(0, comment));
    while (line.starts_with('[')) line.remove_prefix(1);
    while (line.ends_with(']')) line.remove_suffix(1);
    return trim(line);
}

// The key of a `key = value` line; empty for anything else.
std::string_view line_key(std::string_view line) {
    line = trim(line);
    const auto equals = line.find('=');
    if (equals == std::string_view::npos || line.starts_with('#')) return {};
    const auto key = trim(line.substr(0, equals));
    const bool bare = !key.empty() && key.find_first_not_of(
                                          "abcdefghijklmnopqrstuvwxyz"
                                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.") == std::string_view::npos;
    return bare ? key : std::string_view{};
}

}  // namespace

bool LineOrigin::committed() const { return commit.find_first_not_of('0') != std::string::npos; }

std::vector<BlamedLine> parse_line_porcelain(std::string_view text) {
    std::vector<BlamedLine> lines;
    BlamedLine current;
    std::string_view seconds;
    std::string_view zone;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const auto line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.starts_with('\t')) {
            current.text = std::string(line.substr(1));
            current.origin.date = local_date(seconds, zone);
            lines.push_back(std::move(current));
            current = {};
            continue;
        }
        const auto space = line.find(' ');
        const auto word = line.substr(0, space);
        const auto rest = space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
        if (is_hash(word)) {
            current.origin.commit = std::string(word);
            const auto second = rest.find(' ');
            const auto after = second == std::string_view::npos ? std::string_view{} : rest.substr(second + 1);
            current.line = static_cast<std::uint32_t>(number(after.substr(0, after.find(' '))));
        } else if (word == "author") {
            current.origin.author = std::string(rest);
        } else if (word == "author-time") {
            seconds = rest;
        } else if (word == "author-tz") {
            zone = rest;
        }
    }
    return lines;
}

std::vector<FieldOrigin> field_origins(const std::vector<BlamedLine>& lines, std::uint32_t first,
                                       std::string_view kind) {
    std::vector<FieldOrigin> fields;
    std::string prefix;
    const std::string nested = std::string(kind) + ".";
    for (const auto& line : lines) {
        if (line.line < first) continue;
        const auto header = header_name(line.text);
        if (!header.empty()) {
            if (line.line == first) continue;
            if (!header.starts_with(nested)) break;  // the next entity
            prefix = std::string(header.substr(nested.size())) + ".";
            continue;
        }
        const auto key = line_key(line.text);
        if (!key.empty()) fields.push_back({prefix + std::string(key), line.line, line.origin});
    }
    return fields;
}

catalog::Result<std::vector<FieldOrigin>> blame_entity(const model::Registry& registry, model::EntityRef entity) {
    const auto& where = registry.where(entity);
    const fs::path file = registry.files.at(where.file);
    const catalog::Location place{file.string(), where.line, where.column};
    const auto folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    auto blamed = run_git(folder, {"blame", "--line-porcelain", "--", file.filename().string()});
    if (!blamed) return catalog::Problem(blamed.problem()).at(place);
    return field_origins(parse_line_porcelain(*blamed), where.line, model::entity_kind_name(entity.kind));
}

}  // namespace netadmin::history
