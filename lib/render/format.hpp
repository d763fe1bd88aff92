// The output formats, what each kind of view can be written in, and one
// entry point that renders a table in any of its formats. The command line
// offers exactly the formats a view declares here (its accepted values, its
// help and its error message are built from these lists), so a view is
// never asked for a format it cannot write; if a caller does ask, that is a
// bug and the renderer returns the problem instead of falling back.
#pragma once

#include "catalog/problem.hpp"
#include "i18n/language.hpp"
#include "report/table.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace netadmin::render {

enum class Format { table, csv, json, markdown, text, html, ics, svg, vcard, emails };

std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format format);

// What a view is, as far as its formats go.
enum class ViewKind {
    table,     // rows and columns (the listings, agenda, the reminder log): table, csv, json, markdown
    record,    // one entity's fields (show): table, csv, json, markdown
    document,  // a report laid out for people, and its data: text, markdown, html, json
    calendar,  // events for a calendar (export ics): ics
    summary,   // what a run did (remind): text for people, json for scripts
};

// The formats a kind of view can write, its default first. A view may
// write more than its kind (a report's map as svg, the contacts' address
// book): it declares its own list beside its renderer (render/reports.hpp,
// render/contacts.hpp).
std::span<const Format> formats_of(ViewKind kind);
// True when `format` is in `formats`.
bool writes(std::span<const Format> formats, Format format);
// The names of `formats` joined by `separator`: "table|csv|json|markdown".
std::string format_names(std::span<const Format> formats, std::string_view separator);

struct TableStyle {
    bool colour = false;  // bold headers on a terminal
};

// `format` must be one of formats_of(ViewKind::table); any other is a problem.
catalog::Result<std::string> render_table(const report::Table& table, Format format, i18n::Language language,
                                          const TableStyle& style = {});

std::string to_text_table(const report::Table& table, i18n::Language language, const TableStyle& style);
// RFC 4180 (`,`), or what Excel in Sweden opens: `;` and a byte-order mark.
enum class CsvDialect { rfc4180, excel_sv };
std::string to_csv(const report::Table& table, CsvDialect dialect = CsvDialect::rfc4180);
std::string to_json(const report::Table& table);
std::string to_markdown(const report::Table& table, i18n::Language language);

// Escaping, shared with the reports.
std::string csv_field(std::string_view value);
std::string json_string(std::string_view value);
// `,\n    "KEY_inferred": {"inferred": true, "evidence": "…"}`: what follows a
// JSON value that is an inference, in listings and in `show`.
std::string inferred_value(std::string_view key, const report::Cell& cell);
std::string markdown_cell(std::string_view value);

// What a renderer asked for a format its view does not declare returns.
catalog::Problem unwritable(ViewKind kind, Format format);

}  // namespace netadmin::render
