// Unit tests of render/record: one entity, as `show` prints it, in each
// format. The record is built here by hand; how `show` fills it from the
// registry is report/show's business.
#include "render/record.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::render {
namespace {

using report::Cell;

report::Record meeting() {
    report::Record record;
    record.kind = model::EntityKind::meeting;
    record.id = "natverkstraff";
    record.file = "nb.toml:12";
    record.fields = {{"kind", Cell::pair("network meeting", "network-meeting")},
                     {"title", Cell::plain("Träff | Kalix")},
                     {"speakers", Cell::pair("Ingela Frisk: Skärmtid", "ingela-frisk")},
                     {"speakers", Cell::pair("Björn Malmqvist: Föräldraskap", "bjorn-malmqvist")},
                     {"topics", Cell::list({"utbildning", "samverkan, goda exempel"}, "utbildning, samverkan")}};
    record.referenced_by = {{model::EntityKind::resource, "bilder", "meeting"},
                            {model::EntityKind::person, "nina", "contacts"}};
    return record;
}

report::Record bare() {
    report::Record record;
    record.kind = model::EntityKind::source;
    record.id = "sida";
    record.file = "s.toml:1";
    return record;
}

}  // namespace

TEST_SUITE("render::record") {
    TEST_CASE("table: kind, id and file, then the fields aligned, then who refers to it") {
        CHECK(render_record(meeting(), Format::table, i18n::Language::en).value() ==
              "meeting natverkstraff  (nb.toml:12)\n"
              "  kind      network meeting\n"
              "  title     Träff | Kalix\n"
              "  speakers  Ingela Frisk: Skärmtid\n"
              "  speakers  Björn Malmqvist: Föräldraskap\n"
              "  topics    utbildning, samverkan\n"
              "\n"
              "Referred to by\n"
              "  resource bilder (meeting)\n"
              "  person nina (contacts)\n");
    }

    TEST_CASE("table text speaks the language asked for, fields by the names set and add take") {
        const auto text = render_record(meeting(), Format::table, i18n::Language::sv).value();
        CHECK(
            text.starts_with("möte natverkstraff  (nb.toml:12)\n  typ     network meeting\n  titel   Träff | Kalix\n"
                             "  talare  Ingela Frisk: Skärmtid\n"));
        CHECK(text.find("\nHänvisas till av\n  resurs bilder (möte)\n  person nina (kontakter)\n") !=
              std::string::npos);
    }

    TEST_CASE("markdown names fields in the language asked for, json and csv by their keys") {
        const auto markdown = render_record(meeting(), Format::markdown, i18n::Language::sv).value();
        CHECK(markdown.find("| typ | network meeting |\n| titel | Träff \\| Kalix |\n") != std::string::npos);
        CHECK(markdown.find("- person nina (kontakter)\n") != std::string::npos);
        CHECK(render_record(meeting(), Format::csv, i18n::Language::sv).value().find("\r\nkind,") != std::string::npos);
    }

    TEST_CASE("table text of an entity without fields or referrers is its first line") {
        CHECK(render_record(bare(), Format::table, i18n::Language::en).value() == "source sida  (s.toml:1)\n");
    }

    TEST_CASE("markdown: a heading, a table of fields with cells escaped, a list of referrers") {
        CHECK(render_record(meeting(), Format::markdown, i18n::Language::en).value() ==
              "## meeting natverkstraff\n"
              "\n"
              "| Field | Value |\n"
              "| --- | --- |\n"
              "| kind | network meeting |\n"
              "| title | Träff \\| Kalix |\n"
              "| speakers | Ingela Frisk: Skärmtid |\n"
              "| speakers | Björn Malmqvist: Föräldraskap |\n"
              "| topics | utbildning, samverkan |\n"
              "\n"
              "### Referred to by\n"
              "\n"
              "- resource bilder (meeting)\n"
              "- person nina (contacts)\n");
        CHECK(render_record(bare(), Format::markdown, i18n::Language::sv).value() ==
              "## källa sida\n\n| Fält | Värde |\n| --- | --- |\n");
    }

    TEST_CASE("json: English data words, a repeated key as an array, lists as arrays") {
        CHECK(render_record(meeting(), Format::json, i18n::Language::sv).value() ==
              "{\n"
              "  \"kind\": \"meeting\",\n"
              "  \"id\": \"natverkstraff\",\n"
              "  \"defined_at\": \"nb.toml:12\",\n"
              "  \"fields\": {\n"
              "    \"kind\": \"network-meeting\",\n"
              "    \"title\": \"Träff | Kalix\",\n"
              "    \"speakers\": [\"ingela-frisk\", \"bjorn-malmqvist\"],\n"
              "    \"topics\": [\"utbildning\", \"samverkan, goda exempel\"]\n"
              "  },\n"
              "  \"referenced_by\": [\n"
              "    {\"kind\": \"resource\", \"id\": \"bilder\", \"key\": \"meeting\"},\n"
              "    {\"kind\": \"person\", \"id\": \"nina\", \"key\": \"contacts\"}\n"
              "  ]\n"
              "}\n");
    }

    TEST_CASE("json of an entity without fields or referrers has an empty object and array") {
        CHECK(render_record(bare(), Format::json, i18n::Language::en).value() ==
              "{\n  \"kind\": \"source\",\n  \"id\": \"sida\",\n  \"defined_at\": \"s.toml:1\",\n"
              "  \"fields\": {},\n  \"referenced_by\": []\n}\n");
    }

    TEST_CASE("json escapes values and writes null for an unknown one") {
        auto record = bare();
        record.fields = {{"title", Cell::plain("\"A\"\n")}, {"published", Cell::null()}};
        const auto json = render_record(record, Format::json, i18n::Language::en).value();
        CHECK(json.find("    \"title\": \"\\\"A\\\"\\n\",\n    \"published\": null\n") != std::string::npos);
    }

    TEST_CASE("csv: one row per key, a repeated key and a list joined by semicolons, quoted when needed") {
        CHECK(render_record(meeting(), Format::csv, i18n::Language::sv).value() ==
              "field,value\r\n"
              "entity,meeting\r\n"
              "id,natverkstraff\r\n"
              "kind,network-meeting\r\n"
              "title,Träff | Kalix\r\n"
              "speakers,ingela-frisk;bjorn-malmqvist\r\n"
              "topics,\"utbildning;samverkan, goda exempel\"\r\n"
              "referenced_by,resource:bilder:meeting;person:nina:contacts\r\n");
        CHECK(render_record(bare(), Format::csv, i18n::Language::en).value() ==
              "field,value\r\nentity,source\r\nid,sida\r\n");
    }

    TEST_CASE("csv defuses a value a spreadsheet would run") {
        auto record = bare();
        record.fields = {{"title", Cell::plain("=HYPERLINK(\"x\")")}};
        CHECK(render_record(record, Format::csv, i18n::Language::en)
                  .value()
                  .ends_with("title,\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
    }
}

}  // namespace netadmin::render
