// The output formats and one entry point that renders a table in any of
// them. An unknown format name is an error the caller reports; there is no
// silent fallback.
#pragma once

#include "i18n/language.hpp"
#include "report/table.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::render {

enum class Format { table, csv, json, markdown, text, html, ics, svg };

std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format format);

struct TableStyle {
    bool colour = false;  // bold headers on a terminal
};

std::string render_table(const report::Table& table, Format format, i18n::Language language,
                         const TableStyle& style = {});

std::string to_text_table(const report::Table& table, i18n::Language language, const TableStyle& style);
std::string to_csv(const report::Table& table);
std::string to_json(const report::Table& table);
std::string to_markdown(const report::Table& table, i18n::Language language);

// Escaping, shared with the reports.
std::string csv_field(std::string_view value);
std::string json_string(std::string_view value);
std::string markdown_cell(std::string_view value);

}  // namespace netadmin::render
