// Rendering one entity (report::Record, from `netadmin show`) in each format.
// Repeated keys (several speakers, several quotes) stay separate lines for
// people and become a JSON array for scripts.
#include "render/record.hpp"

#include "i18n/catalog.hpp"
#include "labels/field_names.hpp"
#include "labels/labels.hpp"
#include "model/vocabulary.hpp"
#include "util/utf8.hpp"
#include "util/visible.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace netadmin::render {
namespace {

// Machine formats name kinds in English data words; people read their own language.
std::string kind_word(model::EntityKind kind) { return std::string(model::entity_kind_name(kind)); }
std::string kind_word(model::EntityKind kind, i18n::Language language) {
    return std::string(labels::label_text(language, kind));
}

// People read a field by the name `set` and `add` take in their language
// ("kommun"); machine formats keep the file format's key ("municipality").
std::string key_word(const std::string& key, i18n::Language language) { return labels::field_name(language, key); }

// The fields people read: the record's, and the evidence of a value that
// follows from another entity's inference (a session's region from its
// programme's) as a note of its own, so "probably" never stands without it.
std::vector<std::pair<std::string, report::Cell>> shown_fields(const report::Record& record) {
    auto fields = record.fields;
    std::vector<std::string> notes;
    for (const auto& [key, cell] : record.fields) {
        if (key == "inference_note") notes.push_back(cell.data);
    }
    for (const auto& field : record.fields) {
        const auto& evidence = field.second.evidence;
        if (!field.second.inferred || evidence.empty()) continue;
        if (std::find(notes.begin(), notes.end(), evidence) != notes.end()) continue;
        notes.push_back(evidence);
        fields.emplace_back("inference_note", report::Cell::plain(evidence));
    }
    return fields;
}

std::string as_text(const report::Record& record, i18n::Language language) {
    const auto fields = shown_fields(record);
    std::size_t width = 0;
    for (const auto& field : fields) width = std::max(width, util::display_width(key_word(field.first, language)));
    // Shown on a terminal: a control character in a value or a file name is
    // shown as its escape, never sent to the terminal as it is.
    const auto safe = util::visible_controls;
    std::string out = kind_word(record.kind, language) + " " + safe(record.id) + "  (" + safe(record.file) + ")\n";
    for (const auto& [key, cell] : fields) {
        const auto name = key_word(key, language);
        out += "  " + name + std::string(width - util::display_width(name) + 2, ' ') + safe(cell.text) + "\n";
    }
    if (!record.referenced_by.empty()) {
        out += "\n" + std::string(i18n::text(language, i18n::Msg::show_referenced_by)) + "\n";
        for (const auto& r : record.referenced_by)
            out += "  " + kind_word(r.kind, language) + " " + safe(r.id) + " (" + key_word(r.key, language) + ")\n";
    }
    return out;
}

std::string as_markdown(const report::Record& record, i18n::Language language) {
    std::string out = "## " + markdown_cell(kind_word(record.kind, language) + " " + record.id) + "\n\n";
    out += "| " + std::string(i18n::text(language, i18n::Msg::col_field)) + " | " +
           std::string(i18n::text(language, i18n::Msg::col_value)) + " |\n| --- | --- |\n";
    for (const auto& [key, cell] : shown_fields(record))
        out += "| " + markdown_cell(key_word(key, language)) + " | " + markdown_cell(cell.text) + " |\n";
    if (!record.referenced_by.empty()) {
        out += "\n### " + std::string(i18n::text(language, i18n::Msg::show_referenced_by)) + "\n\n";
        for (const auto& r : record.referenced_by) {
            out += "- " +
                   markdown_cell(kind_word(r.kind, language) + " " + r.id + " (" + key_word(r.key, language) + ")") +
                   "\n";
        }
    }
    return out;
}

std::string json_field_value(const std::vector<const report::Cell*>& cells) {
    auto one = [](const report::Cell& cell) {
        if (cell.is_list) {
            std::string out = "[";
            for (std::size_t i = 0; i < cell.items.size(); ++i) out += (i ? ", " : "") + json_string(cell.items[i]);
            return out + "]";
        }
        return cell.is_null ? std::string("null") : json_string(cell.data);
    };
    if (cells.size() == 1) return one(*cells.front());
    std::string out = "[";
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? ", " : "") + one(*cells[i]);
    return out + "]";
}

std::string as_json(const report::Record& record) {
    std::string out = "{\n  \"kind\": " + json_string(kind_word(record.kind)) +
                      ",\n  \"id\": " + json_string(record.id) + ",\n  \"defined_at\": " + json_string(record.file) +
                      ",\n  \"fields\": {";
    std::vector<std::string> keys;
    for (const auto& [key, cell] : record.fields) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    }
    for (std::size_t k = 0; k < keys.size(); ++k) {
        std::vector<const report::Cell*> cells;
        for (const auto& [key, cell] : record.fields) {
            if (key == keys[k]) cells.push_back(&cell);
        }
        out += (k ? ",\n    " : "\n    ") + json_string(keys[k]) + ": " + json_field_value(cells);
        if (cells.size() == 1 && cells.front()->inferred) out += inferred_value(keys[k], *cells.front());
    }
    out += keys.empty() ? "},\n" : "\n  },\n";
    out += "  \"referenced_by\": [";
    for (std::size_t i = 0; i < record.referenced_by.size(); ++i) {
        const auto& r = record.referenced_by[i];
        out += (i ? ",\n    " : "\n    ") + std::string("{\"kind\": ") + json_string(kind_word(r.kind)) +
               ", \"id\": " + json_string(r.id) + ", \"key\": " + json_string(r.key) + "}";
    }
    out += record.referenced_by.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

// One row per key: the entity's own kind is "entity" (its `kind` field is
// another thing), and a repeated key (several speakers) is one row with
// its values joined by ';', as lists are.
std::string as_csv(const report::Record& record) {
    std::string out = "field,value\r\n";
    out += "entity," + csv_field(kind_word(record.kind)) + "\r\nid," + csv_field(record.id) + "\r\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& field : record.fields) {
        // A named reference, not a structured binding: clang 14 cannot
        // capture a binding in a lambda.
        const auto& key = field.first;
        const auto& cell = field.second;
        auto same = std::find_if(rows.begin(), rows.end(), [&key](const auto& row) { return row.first == key; });
        if (same == rows.end()) {
            rows.emplace_back(key, cell.data);
        } else {
            same->second += ";" + cell.data;
        }
        // The evidence of an inferred value, as JSON gives it.
        if (cell.inferred) rows.emplace_back(key + "_inferred", cell.evidence);
    }
    for (const auto& [key, value] : rows) out += csv_field(key) + "," + csv_field(value) + "\r\n";
    std::string referrers;
    for (const auto& r : record.referenced_by) {
        referrers += (referrers.empty() ? "" : ";") + kind_word(r.kind) + ":" + r.id + ":" + r.key;
    }
    if (!referrers.empty()) out += "referenced_by," + csv_field(referrers) + "\r\n";
    return out;
}

}  // namespace

catalog::Result<std::string> render_record(const report::Record& record, Format format, i18n::Language language) {
    switch (format) {
        case Format::table: return as_text(record, language);
        case Format::json: return as_json(record);
        case Format::csv: return as_csv(record);
        case Format::markdown: return as_markdown(record, language);
        case Format::text:
        case Format::html:
        case Format::ics:
        case Format::svg:
        case Format::vcard:
        case Format::emails: break;
    }
    return unwritable(ViewKind::record, format);
}

}  // namespace netadmin::render
